import { patientScope, requireRole } from "../auth/access";
import { revokeSessions } from "../auth/sessions";
import type { TViewer } from "../auth/viewer-types";
import { recordAudit } from "../audit/record-audit";
import { revokeCalendarFeedsOf } from "../calendar/calendar-feeds";
import type { TDatabase } from "../db/client";
import { NotFoundError } from "../errors/domain-errors";

/**
 * A clinician closes (or reopens) a patient's account. The record stays, for
 * the clinic's duty to keep it; what ends at once is every way in: the
 * sessions, the calendar link, and signing in (sign-in refuses inactive users).
 */
export async function setPatientActive(db: TDatabase, viewer: TViewer, patientId: string, active: boolean, now: Date = new Date()): Promise<{ active: boolean }> {
  requireRole(viewer, "CLINICIAN");
  const visible = await db.patientProfile.count({ where: { AND: [{ userId: patientId }, patientScope(viewer)] } });
  if (visible === 0) throw new NotFoundError();
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: patientId }, data: { active } });
    if (!active) {
      await revokeSessions(tx, patientId, { now });
      await revokeCalendarFeedsOf(tx, patientId, now);
    }
    await recordAudit(tx, viewer, { action: active ? "patient.account.reactivate" : "patient.account.deactivate", patientId });
  });
  return { active };
}
