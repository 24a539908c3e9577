import { requirePatientAccess, requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import type { TDatabase } from "../db/client";
import { planSummarySelect, planViewSelect, toPlanSummary, toPlanView, type TPatientPlans } from "./plan-views";

/**
 * The plan the patient follows now, with its latest version, and for the
 * clinician the plans that ended, newest first. The patient reads their own
 * current plan only; a clinician's read is audited.
 */
export async function getPatientPlans(db: TDatabase, viewer: TViewer, patientId: string): Promise<TPatientPlans> {
  requireRole(viewer, "CLINICIAN", "PATIENT");
  await requirePatientAccess(db, viewer, patientId, "patient.plan.view");
  const current = await db.exercisePlan.findFirst({
    where: { patientId, endedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: planViewSelect(),
  });
  const history =
    viewer.role === "PATIENT"
      ? []
      : await db.exercisePlan.findMany({
          where: { patientId, endedAt: { not: null } },
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          take: 100,
          select: planSummarySelect,
        });
  return { current: current ? toPlanView(current) : null, history: history.map(toPlanSummary) };
}
