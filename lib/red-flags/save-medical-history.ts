import { requirePatientAccess, requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import type { TDatabase } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { parseDomainInput } from "../errors/parse-input";
import { inHistoryOrder, ZMedicalHistoryInput, type TMedicalHistoryInput } from "./medical-history";
import { medicalHistorySelect, toMedicalHistoryView, type TMedicalHistoryView } from "./medical-history-view";

/**
 * The patient, or a clinician of their clinic (audited), answers or corrects
 * the medical history. The whole list is replaced; "none of these" stores an
 * empty list with the time it was answered. Check-ins already saved keep the
 * flags they raised: the history only changes which questions come next.
 */
export async function saveMedicalHistory(db: TDatabase, viewer: TViewer, patientId: string, input: TMedicalHistoryInput, now: Date = new Date()): Promise<TMedicalHistoryView> {
  requireRole(viewer, "PATIENT", "CLINICIAN");
  const answers = parseDomainInput(ZMedicalHistoryInput, input);
  await requirePatientAccess(db, viewer, patientId, "patient.history.update");
  const row = await db.patientProfile.update({ where: { userId: patientId }, data: medicalHistoryData(answers, now), select: medicalHistorySelect });
  return toMedicalHistoryView(row);
}

/** The columns an answered history writes (also used when an invitation is accepted). */
export function medicalHistoryData(answers: TMedicalHistoryInput, now: Date): Prisma.PatientProfileUpdateInput {
  return { medicalHistory: inHistoryOrder(answers.medicalHistory), historyAnsweredAt: now };
}
