-- AlterTable
ALTER TABLE "EpisodeTrendSummary" ADD COLUMN     "ruleVersion" INTEGER NOT NULL DEFAULT 1;
