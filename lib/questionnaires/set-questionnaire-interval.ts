import { requirePatientAccess, requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import type { TDatabase } from "../db/client";
import { parseDomainInput } from "../errors/parse-input";
import { ZQuestionnaireScheduleInput, type TQuestionnaireScheduleInput } from "./questionnaire-input";

/** A clinician sets how often this patient's questionnaires come due (one row per patient: the same request twice changes nothing). */
export async function setQuestionnaireInterval(db: TDatabase, viewer: TViewer, patientId: string, input: TQuestionnaireScheduleInput): Promise<{ intervalDays: number }> {
  requireRole(viewer, "CLINICIAN");
  const { intervalDays } = parseDomainInput(ZQuestionnaireScheduleInput, input);
  await requirePatientAccess(db, viewer, patientId, "patient.questionnaire-schedule.change");
  const data = { intervalDays, updatedById: viewer.userId };
  await db.questionnaireSetting.upsert({ where: { patientId }, create: { patientId, ...data }, update: data });
  return { intervalDays };
}
