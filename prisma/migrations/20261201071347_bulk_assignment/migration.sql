-- CreateTable
CREATE TABLE "BulkAssignment" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "clinicId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "guideSlug" TEXT NOT NULL,
    "patientIds" TEXT[],
    "assignedIds" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BulkAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "BulkAssignment_requestId_key" ON "BulkAssignment"("requestId");
