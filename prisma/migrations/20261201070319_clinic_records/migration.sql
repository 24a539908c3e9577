-- CreateEnum
CREATE TYPE "ClinicDocumentKind" AS ENUM ('PRIVACY_NOTICE', 'TERMS');

-- AlterTable
ALTER TABLE "Clinic" ADD COLUMN     "replyTimeText" TEXT,
ADD COLUMN     "retentionYears" INTEGER NOT NULL DEFAULT 8;

-- The clinic's time zone came with live-ops' migration (20261201064717); kept here for a database that skipped it.
ALTER TABLE "Clinic"
ADD COLUMN IF NOT EXISTS "timeZone" TEXT NOT NULL DEFAULT 'UTC';

-- CreateTable
CREATE TABLE "ClinicDocumentVersion" (
    "id" TEXT NOT NULL,
    "clinicId" TEXT NOT NULL,
    "kind" "ClinicDocumentKind" NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClinicDocumentVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsentAcceptance" (
    "id" TEXT NOT NULL,
    "patientId" TEXT NOT NULL,
    "documentVersionId" TEXT NOT NULL,
    "acceptedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsentAcceptance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RetentionReview" (
    "id" TEXT NOT NULL,
    "clinicId" TEXT NOT NULL,
    "asOf" DATE NOT NULL,
    "retentionYears" INTEGER NOT NULL,
    "patientIds" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RetentionReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RetentionDecision" (
    "id" TEXT NOT NULL,
    "clinicId" TEXT NOT NULL,
    "patientId" TEXT NOT NULL,
    "decidedById" TEXT NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RetentionDecision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ClinicDocumentVersion_clinicId_kind_version_key" ON "ClinicDocumentVersion"("clinicId", "kind", "version");

-- CreateIndex
CREATE INDEX "ConsentAcceptance_patientId_acceptedAt_idx" ON "ConsentAcceptance"("patientId", "acceptedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ConsentAcceptance_patientId_documentVersionId_key" ON "ConsentAcceptance"("patientId", "documentVersionId");

-- CreateIndex
CREATE UNIQUE INDEX "RetentionReview_clinicId_asOf_key" ON "RetentionReview"("clinicId", "asOf");

-- CreateIndex
CREATE UNIQUE INDEX "RetentionDecision_clinicId_patientId_key" ON "RetentionDecision"("clinicId", "patientId");

-- AddForeignKey
ALTER TABLE "ClinicDocumentVersion" ADD CONSTRAINT "ClinicDocumentVersion_clinicId_fkey" FOREIGN KEY ("clinicId") REFERENCES "Clinic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentAcceptance" ADD CONSTRAINT "ConsentAcceptance_documentVersionId_fkey" FOREIGN KEY ("documentVersionId") REFERENCES "ClinicDocumentVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RetentionReview" ADD CONSTRAINT "RetentionReview_clinicId_fkey" FOREIGN KEY ("clinicId") REFERENCES "Clinic"("id") ON DELETE CASCADE ON UPDATE CASCADE;
