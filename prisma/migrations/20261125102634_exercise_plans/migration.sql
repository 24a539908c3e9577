-- CreateTable
CREATE TABLE "ExercisePlan" (
    "id" TEXT NOT NULL,
    "patientId" TEXT NOT NULL,
    "episodeId" TEXT,
    "title" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "ExercisePlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExercisePlanVersion" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "instructions" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "clientRequestId" TEXT,

    CONSTRAINT "ExercisePlanVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExercisePlanItem" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "exerciseId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "sets" INTEGER NOT NULL,
    "reps" INTEGER,
    "holdSeconds" INTEGER,
    "minutes" INTEGER,
    "timesPerDay" INTEGER NOT NULL,
    "daysPerWeek" INTEGER NOT NULL,
    "fromWeek" INTEGER NOT NULL DEFAULT 1,
    "toWeek" INTEGER,
    "instructions" TEXT,

    CONSTRAINT "ExercisePlanItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanTemplate" (
    "id" TEXT NOT NULL,
    "clinicId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "instructions" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "retiredAt" TIMESTAMP(3),

    CONSTRAINT "PlanTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanTemplateItem" (
    "id" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "exerciseId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "sets" INTEGER NOT NULL,
    "reps" INTEGER,
    "holdSeconds" INTEGER,
    "minutes" INTEGER,
    "timesPerDay" INTEGER NOT NULL,
    "daysPerWeek" INTEGER NOT NULL,
    "fromWeek" INTEGER NOT NULL DEFAULT 1,
    "toWeek" INTEGER,
    "instructions" TEXT,

    CONSTRAINT "PlanTemplateItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ExercisePlan_patientId_endedAt_createdAt_idx" ON "ExercisePlan"("patientId", "endedAt", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ExercisePlanVersion_clientRequestId_key" ON "ExercisePlanVersion"("clientRequestId");

-- CreateIndex
CREATE UNIQUE INDEX "ExercisePlanVersion_planId_number_key" ON "ExercisePlanVersion"("planId", "number");

-- CreateIndex
CREATE INDEX "ExercisePlanItem_exerciseId_idx" ON "ExercisePlanItem"("exerciseId");

-- CreateIndex
CREATE UNIQUE INDEX "ExercisePlanItem_versionId_position_key" ON "ExercisePlanItem"("versionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "PlanTemplate_clinicId_name_key" ON "PlanTemplate"("clinicId", "name");

-- CreateIndex
CREATE INDEX "PlanTemplateItem_exerciseId_idx" ON "PlanTemplateItem"("exerciseId");

-- CreateIndex
CREATE UNIQUE INDEX "PlanTemplateItem_templateId_position_key" ON "PlanTemplateItem"("templateId", "position");

-- AddForeignKey
ALTER TABLE "ExercisePlan" ADD CONSTRAINT "ExercisePlan_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "PatientProfile"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExercisePlan" ADD CONSTRAINT "ExercisePlan_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "Episode"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExercisePlan" ADD CONSTRAINT "ExercisePlan_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExercisePlanVersion" ADD CONSTRAINT "ExercisePlanVersion_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ExercisePlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExercisePlanVersion" ADD CONSTRAINT "ExercisePlanVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExercisePlanItem" ADD CONSTRAINT "ExercisePlanItem_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ExercisePlanVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExercisePlanItem" ADD CONSTRAINT "ExercisePlanItem_exerciseId_fkey" FOREIGN KEY ("exerciseId") REFERENCES "Exercise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTemplate" ADD CONSTRAINT "PlanTemplate_clinicId_fkey" FOREIGN KEY ("clinicId") REFERENCES "Clinic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTemplate" ADD CONSTRAINT "PlanTemplate_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTemplateItem" ADD CONSTRAINT "PlanTemplateItem_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "PlanTemplate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTemplateItem" ADD CONSTRAINT "PlanTemplateItem_exerciseId_fkey" FOREIGN KEY ("exerciseId") REFERENCES "Exercise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
