-- CreateEnum
CREATE TYPE "BodySide" AS ENUM ('LEFT', 'RIGHT', 'BOTH');

-- CreateEnum
CREATE TYPE "ExerciseOutcome" AS ENUM ('DONE', 'SKIPPED');

-- CreateEnum
CREATE TYPE "ExerciseFeel" AS ENUM ('TOO_EASY', 'ABOUT_RIGHT', 'TOO_HARD');

-- CreateEnum
CREATE TYPE "SkipReason" AS ENUM ('TOO_PAINFUL', 'NO_TIME', 'OTHER');

-- CreateTable
CREATE TABLE "CheckIn" (
    "id" TEXT NOT NULL,
    "patientId" TEXT NOT NULL,
    "episodeId" TEXT,
    "date" DATE NOT NULL,
    "painNow" INTEGER NOT NULL,
    "painAreas" TEXT[],
    "painSide" "BodySide",
    "belowKnee" BOOLEAN NOT NULL DEFAULT false,
    "numbness" BOOLEAN NOT NULL DEFAULT false,
    "weakness" BOOLEAN NOT NULL DEFAULT false,
    "activityMinutes" INTEGER,
    "sleepDisturbed" BOOLEAN NOT NULL DEFAULT false,
    "tookPainMedicine" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "redFlags" TEXT[],
    "pegPain" INTEGER,
    "pegEnjoyment" INTEGER,
    "pegActivity" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CheckIn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckInSubmission" (
    "requestId" TEXT NOT NULL,
    "checkInId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CheckInSubmission_pkey" PRIMARY KEY ("requestId")
);

-- CreateTable
CREATE TABLE "RedFlagAlert" (
    "id" TEXT NOT NULL,
    "patientId" TEXT NOT NULL,
    "checkInId" TEXT NOT NULL,
    "flags" TEXT[],
    "raisedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reviewedAt" TIMESTAMP(3),
    "reviewedById" TEXT,

    CONSTRAINT "RedFlagAlert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExerciseLog" (
    "id" TEXT NOT NULL,
    "patientId" TEXT NOT NULL,
    "planItemId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "outcome" "ExerciseOutcome" NOT NULL,
    "painDuring" INTEGER,
    "feel" "ExerciseFeel",
    "skipReason" "SkipReason",
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExerciseLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CheckIn_patientId_date_key" ON "CheckIn"("patientId", "date");

-- CreateIndex
CREATE INDEX "CheckInSubmission_checkInId_idx" ON "CheckInSubmission"("checkInId");

-- CreateIndex
CREATE INDEX "RedFlagAlert_patientId_reviewedAt_idx" ON "RedFlagAlert"("patientId", "reviewedAt");

-- CreateIndex
CREATE INDEX "ExerciseLog_patientId_date_idx" ON "ExerciseLog"("patientId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "ExerciseLog_planItemId_date_key" ON "ExerciseLog"("planItemId", "date");

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "PatientProfile"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "Episode"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckInSubmission" ADD CONSTRAINT "CheckInSubmission_checkInId_fkey" FOREIGN KEY ("checkInId") REFERENCES "CheckIn"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RedFlagAlert" ADD CONSTRAINT "RedFlagAlert_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "PatientProfile"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RedFlagAlert" ADD CONSTRAINT "RedFlagAlert_checkInId_fkey" FOREIGN KEY ("checkInId") REFERENCES "CheckIn"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RedFlagAlert" ADD CONSTRAINT "RedFlagAlert_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExerciseLog" ADD CONSTRAINT "ExerciseLog_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "PatientProfile"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExerciseLog" ADD CONSTRAINT "ExerciseLog_planItemId_fkey" FOREIGN KEY ("planItemId") REFERENCES "ExercisePlanItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;
