-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "detail" JSONB,
ADD COLUMN     "subjectIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "subjectUserId" TEXT,
ALTER COLUMN "actorId" DROP NOT NULL,
ALTER COLUMN "actorRole" DROP NOT NULL,
ALTER COLUMN "clinicId" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "AuditEvent_subjectUserId_at_idx" ON "AuditEvent"("subjectUserId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_subjectIds_idx" ON "AuditEvent" USING GIN ("subjectIds");

-- The row triggers do not fire on TRUNCATE, which would empty the trail in one statement: refuse it too.
CREATE TRIGGER "AuditEvent_no_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_is_append_only"();
