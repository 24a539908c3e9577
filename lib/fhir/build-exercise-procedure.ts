import type { Procedure } from "@medplum/fhirtypes";
import { fromDbDate } from "../dates/calendar-date";
import type { ExerciseFeel, SkipReason } from "../db/generated/enums";
import { EXERCISE_THERAPY } from "./codes";
import { referenceTo, type TFhirLinks } from "./fhir-links";
import type { TExportExerciseLog } from "./patient-export-data";

const SKIP_REASONS: Record<SkipReason, string> = {
  TOO_PAINFUL: "Too painful",
  NO_TIME: "No time",
  OTHER: "Another reason",
};

const FEELS: Record<ExerciseFeel, string> = {
  TOO_EASY: "Felt too easy",
  ABOUT_RIGHT: "Felt about right",
  TOO_HARD: "Felt too hard",
};

/**
 * One exercise the patient marked on a day: a Procedure done (completed) or
 * skipped (not-done, with the reason), based on the ServiceRequest of the
 * plan item that was prescribed. The date is the patient's calendar date.
 */
export function buildExerciseProcedure(links: TFhirLinks, patientId: string, log: TExportExerciseLog, exerciseName: string): Procedure {
  const done = log.outcome === "DONE";
  const notes = [
    log.painDuring !== null ? `Pain during the exercise: ${log.painDuring} out of 10` : null,
    log.feel ? FEELS[log.feel] : null,
  ].filter((note): note is string => note !== null);
  return {
    resourceType: "Procedure",
    id: log.id,
    meta: { lastUpdated: log.updatedAt.toISOString() },
    basedOn: [referenceTo(links, "ServiceRequest", log.planItemId, exerciseName)],
    status: done ? "completed" : "not-done",
    ...(!done ? { statusReason: { text: log.skipReason ? SKIP_REASONS[log.skipReason] : "Skipped" } } : {}),
    code: { coding: [EXERCISE_THERAPY], text: exerciseName },
    subject: referenceTo(links, "Patient", patientId),
    performedDateTime: fromDbDate(log.date),
    ...(done ? { performer: [{ actor: referenceTo(links, "Patient", patientId) }] } : {}),
    ...(notes.length ? { note: notes.map((text) => ({ text })) } : {}),
  };
}
