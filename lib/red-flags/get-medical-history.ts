import { requirePatientAccess, requireRole } from "../auth/access";
import type { Viewer } from "../auth/viewer-types";
import type { Database } from "../db/client";
import { medicalHistorySelect, toMedicalHistoryView, type TMedicalHistoryView } from "./medical-history-view";

/** The patient's medical history (asked once). For the patient and their clinic's clinicians (audited). */
export async function getMedicalHistory(db: Database, viewer: Viewer, patientId: string): Promise<TMedicalHistoryView> {
  requireRole(viewer, "PATIENT", "CLINICIAN");
  await requirePatientAccess(db, viewer, patientId, "patient.history.view");
  const row = await db.patientProfile.findUniqueOrThrow({ where: { userId: patientId }, select: medicalHistorySelect });
  return toMedicalHistoryView(row);
}
