import { requirePatientAccess, requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import { todayIn, toDbDate } from "../dates/calendar-date";
import type { TDatabase } from "../db/client";
import { isUniqueViolation } from "../db/is-unique-violation";
import { InvalidInputError } from "../errors/domain-errors";
import { parseDomainInput } from "../errors/parse-input";
import { lockPatientProfile } from "../patients/lock-patient-profile";
import { questionnaireScheduleState } from "./list-due-questionnaires";
import { findInstrument } from "./load-instruments";
import { ZQuestionnaireSubmission, type TQuestionnaireSubmission } from "./questionnaire-input";
import { answersSchema, scoreAnswers, type TAnswers } from "./score";

export interface TSavedQuestionnaire {
  id: string;
  instrumentId: string;
  score: number;
  completedOn: string;
  /** False when this request id was already stored (a retry): nothing new was written. */
  created: boolean;
}

/**
 * Stores one completed questionnaire for the patient's current episode: by
 * the patient, or by a clinician of their clinic recording it at a visit
 * (audited). The answers are checked against the instrument's definition
 * (each problem named by its place, e.g. `answers.activity.0.rating`) and
 * scored by its rule. Idempotent on `requestId`: a retry returns what the
 * first stored; a key used for another patient is refused with 409.
 */
export async function saveQuestionnaireResponse(db: TDatabase, viewer: TViewer, patientId: string, input: TQuestionnaireSubmission, now: Date = new Date()): Promise<TSavedQuestionnaire> {
  requireRole(viewer, "PATIENT", "CLINICIAN");
  const submission = parseDomainInput(ZQuestionnaireSubmission, input);
  await requirePatientAccess(db, viewer, patientId, "patient.questionnaire.save");
  const instrument = findInstrument(submission.instrumentId);
  if (!instrument) throw new InvalidInputError({ instrumentId: ["There is no such questionnaire."] });
  const parsed = answersSchema(instrument).safeParse(submission.answers);
  if (!parsed.success) {
    const fields: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fields[["answers", ...issue.path].join(".")] ??= []).push(issue.message);
    throw new InvalidInputError(fields);
  }
  const answers: TAnswers = parsed.data;
  const score = scoreAnswers(instrument, answers);

  const replayed = await replay(db, patientId, submission.requestId);
  if (replayed) return replayed;
  try {
    return await db.$transaction(async (tx) => {
      const { timeZone } = await lockPatientProfile(tx, patientId);
      const again = await replay(tx, patientId, submission.requestId);
      if (again) return again;
      const { episodeId } = await questionnaireScheduleState(tx, patientId, now);
      if (!episodeId) throw new InvalidInputError({ instrumentId: ["There is no current episode to record this for."], }, 409);
      const row = await tx.questionnaireResponse.create({
        data: {
          patientId,
          episodeId,
          instrumentId: instrument.id,
          instrumentVersion: instrument.version,
          answers,
          score,
          completedOn: toDbDate(todayIn(timeZone, now)),
          recordedById: viewer.role === "CLINICIAN" ? viewer.userId : null,
          requestId: submission.requestId,
        },
        select: { id: true, instrumentId: true, score: true, completedOn: true },
      });
      return { ...toSaved(row), created: true };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const first = await replay(db, patientId, submission.requestId);
    if (first) return first;
    throw error;
  }
}

function toSaved(row: { id: string; instrumentId: string; score: number; completedOn: Date }) {
  return { id: row.id, instrumentId: row.instrumentId, score: row.score, completedOn: row.completedOn.toISOString().slice(0, 10) };
}

async function replay(db: Pick<TDatabase, "questionnaireResponse">, patientId: string, requestId: string): Promise<TSavedQuestionnaire | null> {
  const row = await db.questionnaireResponse.findUnique({ where: { requestId }, select: { id: true, instrumentId: true, score: true, completedOn: true, patientId: true } });
  if (!row) return null;
  if (row.patientId !== patientId) throw new InvalidInputError({ requestId: ["This questionnaire was already sent once. Reload the page and try again."] }, 409);
  return { ...toSaved(row), created: false };
}
