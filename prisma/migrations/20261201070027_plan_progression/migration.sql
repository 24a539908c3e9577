-- CreateTable
CREATE TABLE "PlanProgression" (
    "id" TEXT NOT NULL,
    "patientId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "fromExerciseSlug" TEXT NOT NULL,
    "toExerciseSlug" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "requestId" TEXT NOT NULL,

    CONSTRAINT "PlanProgression_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PlanProgression_versionId_key" ON "PlanProgression"("versionId");

-- CreateIndex
CREATE UNIQUE INDEX "PlanProgression_requestId_key" ON "PlanProgression"("requestId");

-- CreateIndex
CREATE INDEX "PlanProgression_patientId_createdAt_idx" ON "PlanProgression"("patientId", "createdAt");

-- AddForeignKey
ALTER TABLE "PlanProgression" ADD CONSTRAINT "PlanProgression_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ExercisePlanVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;
