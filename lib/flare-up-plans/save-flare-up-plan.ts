import { requirePatientAccess, requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import type { TDatabase } from "../db/client";
import { parseDomainInput } from "../errors/parse-input";
import { ZFlareUpPlanInput, type TFlareUpPlanInput } from "./flare-up-plan-input";
import { FLARE_UP_PLAN_SELECT, toFlareUpPlanView, type TFlareUpPlanView } from "./get-flare-up-plan";

/**
 * Saves the patient's flare-up plan as a whole (PUT semantics: a part left
 * out is cleared), by the patient or a clinician of their clinic; the
 * clinician's change is audited. One row per patient, written with an upsert
 * on the patient's id, so a retried or concurrent save leaves one plan, the
 * last one written.
 */
export async function saveFlareUpPlan(db: TDatabase, viewer: TViewer, patientId: string, input: TFlareUpPlanInput): Promise<TFlareUpPlanView> {
  requireRole(viewer, "PATIENT", "CLINICIAN");
  const parts = parseDomainInput(ZFlareUpPlanInput, input);
  await requirePatientAccess(db, viewer, patientId, "patient.flare-up-plan.save");
  const data = { ...parts, updatedById: viewer.userId };
  const saved = await db.flareUpPlan.upsert({ where: { patientId }, create: { patientId, ...data }, update: data, select: FLARE_UP_PLAN_SELECT });
  return toFlareUpPlanView(saved);
}
