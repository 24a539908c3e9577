-- CreateTable
CREATE TABLE "FlareUpPlan" (
    "patientId" TEXT NOT NULL,
    "earlySigns" TEXT,
    "whatHelps" TEXT,
    "scaleBack" TEXT,
    "medicines" TEXT,
    "whenToGetHelp" TEXT,
    "whoToContact" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT NOT NULL,

    CONSTRAINT "FlareUpPlan_pkey" PRIMARY KEY ("patientId")
);

-- AddForeignKey
ALTER TABLE "FlareUpPlan" ADD CONSTRAINT "FlareUpPlan_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "PatientProfile"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FlareUpPlan" ADD CONSTRAINT "FlareUpPlan_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
