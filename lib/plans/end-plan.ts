import { requirePatientAccess, requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import type { TDatabase } from "../db/client";
import { NotFoundError } from "../errors/domain-errors";
import { lockPatientProfile } from "../patients/lock-patient-profile";

/**
 * A clinician ends the patient's current plan (they then follow none). The
 * plan and its versions stay, in the clinician's history. A plan already
 * ended, or another patient's, is not found.
 */
export async function endPlan(db: TDatabase, viewer: TViewer, patientId: string, planId: string): Promise<void> {
  requireRole(viewer, "CLINICIAN");
  await requirePatientAccess(db, viewer, patientId, "patient.plan.end");
  const ended = await db.$transaction(async (tx) => {
    // Waits for a revision being saved, which must not land on an ended plan.
    await lockPatientProfile(tx, patientId);
    return tx.exercisePlan.updateMany({ where: { id: planId, patientId, endedAt: null }, data: { endedAt: new Date() } });
  });
  if (ended.count === 0) throw new NotFoundError();
}
