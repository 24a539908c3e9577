-- AlterTable
-- IF NOT EXISTS: the clinic-settings branch may add "timeZone" too; whichever runs second must not fail.
ALTER TABLE "Clinic" ADD COLUMN     "isDemo" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN IF NOT EXISTS "timeZone" TEXT NOT NULL DEFAULT 'UTC';

-- Databases seeded before this column: the demo seed's clinics (their slugs) and any clinic
-- holding a demo account (only the seed makes two-factor-exempt users) are demo data.
UPDATE "Clinic" SET "isDemo" = true
WHERE "slug" IN ('riverside', 'harbor')
   OR "id" IN (SELECT "clinicId" FROM "User" WHERE "twoFactorExempt");
