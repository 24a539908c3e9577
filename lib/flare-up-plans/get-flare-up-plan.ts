import { requirePatientAccess, requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import type { TDatabase } from "../db/client";
import { DEFAULT_WHEN_TO_GET_HELP, FLARE_UP_FIELDS, type TFlareUpPlanParts } from "./flare-up-plan-input";

export interface TFlareUpPlanView {
  /** The plan's parts; before the first save, empty except the suggested "When to get help". */
  parts: TFlareUpPlanParts;
  /** False until someone saves the plan (the parts are then a starting point, not the record). */
  saved: boolean;
  updatedAt: Date | null;
  /** Who saved it last: the patient, or a clinician by name. */
  updatedBy: { name: string; role: "PATIENT" | "CLINICIAN" | "ADMIN" } | null;
}

export const FLARE_UP_PLAN_SELECT = {
  earlySigns: true,
  whatHelps: true,
  scaleBack: true,
  medicines: true,
  whenToGetHelp: true,
  whoToContact: true,
  updatedAt: true,
  updatedBy: { select: { name: true, role: true } },
} as const;

type StoredPlan = TFlareUpPlanParts & { updatedAt: Date; updatedBy: { name: string; role: "PATIENT" | "CLINICIAN" | "ADMIN" } };

export function toFlareUpPlanView(stored: StoredPlan | null): TFlareUpPlanView {
  if (!stored) {
    const parts = Object.fromEntries(FLARE_UP_FIELDS.map((field) => [field, null])) as TFlareUpPlanParts;
    return { parts: { ...parts, whenToGetHelp: DEFAULT_WHEN_TO_GET_HELP }, saved: false, updatedAt: null, updatedBy: null };
  }
  const { updatedAt, updatedBy, ...parts } = stored;
  return { parts, saved: true, updatedAt, updatedBy };
}

/** The patient's flare-up plan, for the patient or a clinician of their clinic (audited for the clinician). */
export async function getFlareUpPlan(db: TDatabase, viewer: TViewer, patientId: string): Promise<TFlareUpPlanView> {
  requireRole(viewer, "PATIENT", "CLINICIAN");
  await requirePatientAccess(db, viewer, patientId, "patient.flare-up-plan.view");
  return toFlareUpPlanView(await db.flareUpPlan.findUnique({ where: { patientId }, select: FLARE_UP_PLAN_SELECT }));
}
