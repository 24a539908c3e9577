-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "Condition" ADD VALUE 'PERSISTENT_LOW_BACK_PAIN';
ALTER TYPE "Condition" ADD VALUE 'CAUDA_EQUINA_SYNDROME';
ALTER TYPE "Condition" ADD VALUE 'SPONDYLOLISTHESIS';
ALTER TYPE "Condition" ADD VALUE 'SACROILIAC_PELVIC_GIRDLE_PAIN';
ALTER TYPE "Condition" ADD VALUE 'OSTEOPOROTIC_VERTEBRAL_FRACTURE';
ALTER TYPE "Condition" ADD VALUE 'AFTER_BACK_SURGERY';
ALTER TYPE "Condition" ADD VALUE 'RUNNER_TENDINOPATHY';
