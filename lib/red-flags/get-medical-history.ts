import { requirePatientAccess, requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import type { TDatabase } from "../db/client";
import { medicalHistorySelect, toMedicalHistoryView, type TMedicalHistoryView } from "./medical-history-view";

/** The patient's medical history (asked once). For the patient and their clinic's clinicians (audited). */
export async function getMedicalHistory(db: TDatabase, viewer: TViewer, patientId: string): Promise<TMedicalHistoryView> {
  requireRole(viewer, "PATIENT", "CLINICIAN");
  await requirePatientAccess(db, viewer, patientId, "patient.history.view");
  const row = await db.patientProfile.findUniqueOrThrow({ where: { userId: patientId }, select: medicalHistorySelect });
  return toMedicalHistoryView(row);
}
