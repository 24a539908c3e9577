-- AlterTable
ALTER TABLE "Exercise" ADD COLUMN     "acceptablePain" INTEGER,
ADD COLUMN     "eachSide" BOOLEAN NOT NULL DEFAULT false;
