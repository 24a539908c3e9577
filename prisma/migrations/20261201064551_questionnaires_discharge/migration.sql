-- CreateEnum
CREATE TYPE "PlanReviewReason" AS ENUM ('CHRONICITY_RISK', 'WORSE_THAN_FIRST_WEEK');

-- CreateEnum
CREATE TYPE "PlanReviewDecision" AS ENUM ('PLAN_CHANGED', 'REFERRAL', 'NO_CHANGE');

-- CreateEnum
CREATE TYPE "FinalQuestionnaires" AS ENUM ('SENT_TO_PATIENT', 'RECORDED_AT_VISIT');

-- AlterEnum
ALTER TYPE "EpisodeStatus" ADD VALUE 'DISCHARGED';

-- CreateTable
CREATE TABLE "QuestionnaireSetting" (
    "patientId" TEXT NOT NULL,
    "intervalDays" INTEGER NOT NULL,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "QuestionnaireSetting_pkey" PRIMARY KEY ("patientId")
);

-- CreateTable
CREATE TABLE "QuestionnaireResponse" (
    "id" TEXT NOT NULL,
    "patientId" TEXT NOT NULL,
    "episodeId" TEXT,
    "instrumentId" TEXT NOT NULL,
    "instrumentVersion" INTEGER NOT NULL,
    "answers" JSONB NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "completedOn" DATE NOT NULL,
    "recordedById" TEXT,
    "requestId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuestionnaireResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanReviewTask" (
    "id" TEXT NOT NULL,
    "patientId" TEXT NOT NULL,
    "episodeId" TEXT NOT NULL,
    "reason" "PlanReviewReason" NOT NULL,
    "openFor" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "decision" "PlanReviewDecision",
    "decisionNote" TEXT,

    CONSTRAINT "PlanReviewTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Discharge" (
    "episodeId" TEXT NOT NULL,
    "patientId" TEXT NOT NULL,
    "dischargedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dischargedOn" DATE NOT NULL,
    "dischargedById" TEXT,
    "finalQuestionnaires" "FinalQuestionnaires" NOT NULL,
    "selfManagementPlan" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,

    CONSTRAINT "Discharge_pkey" PRIMARY KEY ("episodeId")
);

-- CreateTable
CREATE TABLE "SeenAgainRequest" (
    "id" TEXT NOT NULL,
    "patientId" TEXT NOT NULL,
    "episodeId" TEXT,
    "note" TEXT,
    "requestId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "handledAt" TIMESTAMP(3),
    "handledById" TEXT,

    CONSTRAINT "SeenAgainRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "QuestionnaireResponse_requestId_key" ON "QuestionnaireResponse"("requestId");

-- CreateIndex
CREATE INDEX "QuestionnaireResponse_patientId_instrumentId_completedOn_idx" ON "QuestionnaireResponse"("patientId", "instrumentId", "completedOn");

-- CreateIndex
CREATE UNIQUE INDEX "PlanReviewTask_openFor_key" ON "PlanReviewTask"("openFor");

-- CreateIndex
CREATE INDEX "PlanReviewTask_patientId_decidedAt_idx" ON "PlanReviewTask"("patientId", "decidedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Discharge_requestId_key" ON "Discharge"("requestId");

-- CreateIndex
CREATE INDEX "Discharge_patientId_idx" ON "Discharge"("patientId");

-- CreateIndex
CREATE UNIQUE INDEX "SeenAgainRequest_requestId_key" ON "SeenAgainRequest"("requestId");

-- CreateIndex
CREATE INDEX "SeenAgainRequest_patientId_handledAt_idx" ON "SeenAgainRequest"("patientId", "handledAt");

-- AddForeignKey
ALTER TABLE "QuestionnaireSetting" ADD CONSTRAINT "QuestionnaireSetting_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "PatientProfile"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionnaireSetting" ADD CONSTRAINT "QuestionnaireSetting_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionnaireResponse" ADD CONSTRAINT "QuestionnaireResponse_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "PatientProfile"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionnaireResponse" ADD CONSTRAINT "QuestionnaireResponse_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "Episode"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionnaireResponse" ADD CONSTRAINT "QuestionnaireResponse_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanReviewTask" ADD CONSTRAINT "PlanReviewTask_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "PatientProfile"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanReviewTask" ADD CONSTRAINT "PlanReviewTask_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "Episode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanReviewTask" ADD CONSTRAINT "PlanReviewTask_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Discharge" ADD CONSTRAINT "Discharge_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "Episode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Discharge" ADD CONSTRAINT "Discharge_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "PatientProfile"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Discharge" ADD CONSTRAINT "Discharge_dischargedById_fkey" FOREIGN KEY ("dischargedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeenAgainRequest" ADD CONSTRAINT "SeenAgainRequest_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "PatientProfile"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeenAgainRequest" ADD CONSTRAINT "SeenAgainRequest_handledById_fkey" FOREIGN KEY ("handledById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
