-- CreateEnum
CREATE TYPE "AlertReviewOutcome" AS ENUM ('CALLED_PATIENT', 'SENT_TO_EMERGENCY_CARE', 'BOOKED_APPOINTMENT', 'NO_ACTION_NEEDED');

-- AlterTable
ALTER TABLE "RedFlagAlert" ADD COLUMN     "reviewNote" TEXT,
ADD COLUMN     "reviewOutcome" "AlertReviewOutcome";
