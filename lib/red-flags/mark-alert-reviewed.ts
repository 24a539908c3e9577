import { patientScope, requireRole } from "../auth/access";
import type { Viewer } from "../auth/viewer-types";
import { recordAudit } from "../audit/record-audit";
import type { Database } from "../db/client";
import { NotFoundError } from "../errors/domain-errors";

/**
 * A clinician of the patient's clinic marks one of the patient's red-flag
 * alerts reviewed (it leaves the open list), recorded in the audit trail.
 * Reviewing an alert that is already reviewed (a double click, a second
 * clinician) is a no-op that succeeds: the first reviewer and time stay and
 * nothing more is audited. An alert that does not exist, is another
 * patient's, or is not the viewer's to see is not found.
 */
export async function markRedFlagAlertReviewed(db: Database, viewer: Viewer, patientId: string, alertId: string, now: Date = new Date()): Promise<void> {
  requireRole(viewer, "CLINICIAN");
  await db.$transaction(async (tx) => {
    const alert = await tx.redFlagAlert.findFirst({ where: { id: alertId, patientId, patient: patientScope(viewer) }, select: { id: true } });
    if (!alert) throw new NotFoundError();
    // Of two racing reviews, the second waits for the first's row lock and then matches nothing.
    const reviewed = await tx.redFlagAlert.updateMany({ where: { id: alert.id, reviewedAt: null }, data: { reviewedAt: now, reviewedById: viewer.userId } });
    if (reviewed.count > 0) await recordAudit(tx, viewer, { action: "patient.alert.review", patientId });
  });
}
