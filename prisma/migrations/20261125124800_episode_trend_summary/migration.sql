-- CreateEnum
CREATE TYPE "TrendChange" AS ENUM ('IMPROVED', 'WORSENED', 'NO_IMPORTANT_CHANGE');

-- CreateTable
CREATE TABLE "EpisodeTrendSummary" (
    "episodeId" TEXT NOT NULL,
    "checkIns" INTEGER NOT NULL,
    "lastCheckInDate" DATE,
    "baselineWeek" INTEGER,
    "baselineMean" DOUBLE PRECISION,
    "latestWeek" INTEGER,
    "latestMean" DOUBLE PRECISION,
    "latestChange" "TrendChange",
    "recent" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EpisodeTrendSummary_pkey" PRIMARY KEY ("episodeId")
);

-- AddForeignKey
ALTER TABLE "EpisodeTrendSummary" ADD CONSTRAINT "EpisodeTrendSummary_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "Episode"("id") ON DELETE CASCADE ON UPDATE CASCADE;
