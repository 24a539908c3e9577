-- CreateEnum
CREATE TYPE "RedFlagLevel" AS ENUM ('EMERGENCY', 'URGENT');

-- AlterTable
ALTER TABLE "Clinic" ADD COLUMN     "emergencyNumber" TEXT NOT NULL DEFAULT '911',
ADD COLUMN     "openingHours" TEXT,
ADD COLUMN     "outOfHoursText" TEXT,
ADD COLUMN     "phone" TEXT;

-- AlterTable
ALTER TABLE "PatientProfile" ADD COLUMN     "historyAnsweredAt" TIMESTAMP(3),
ADD COLUMN     "medicalHistory" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "RedFlagAlert" ADD COLUMN     "level" "RedFlagLevel" NOT NULL DEFAULT 'EMERGENCY';
