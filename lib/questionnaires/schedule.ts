import { addDays, type TCalendarDate } from "../dates/calendar-date";
import type { TInstrument } from "./instrument-schema";

/*
 * When the function questionnaires come due, worked out from what is stored
 * (no rows of "reminders" to keep in step): an instrument is due
 *   - at discharge, when the clinician sent the final questionnaires to the
 *     patient and none was answered on or after the discharge date;
 *   - at a re-screen, while a "review this plan" task is open and the
 *     instrument was not answered since the task was opened;
 *   - at baseline, when the episode has no answer yet (instruments that have one);
 *   - every `intervalDays` (14 by default, the clinician's choice per patient)
 *     after the last answer, or after the episode began for an instrument with
 *     no baseline (a rating of change only makes sense later).
 * A discharged episode asks only its discharge questionnaires. Because "due" is
 * computed from the answers, re-screening twice schedules nothing twice, and
 * an answer clears what it answered.
 */

export const DEFAULT_INTERVAL_DAYS = 14;
export const MIN_INTERVAL_DAYS = 7;
export const MAX_INTERVAL_DAYS = 84;

export type TDueReason = "discharge" | "re-screen" | "baseline" | "follow-up";

export interface TDueQuestionnaire {
  instrumentId: string;
  reason: TDueReason;
  /** The first calendar day it was due. */
  dueSince: TCalendarDate;
}

export interface TScheduleInput {
  episode: { startedOn: TCalendarDate; status: "ACTIVE" | "DISCHARGED" | "CLOSED" };
  intervalDays: number;
  /** This episode's answers (any order). */
  responses: readonly { instrumentId: string; completedOn: TCalendarDate }[];
  /** The open review task's opening date in the patient's calendar, if any. */
  openReviewSince: TCalendarDate | null;
  discharge: { on: TCalendarDate; sentToPatient: boolean } | null;
  asOf: TCalendarDate;
}

function maxDate(dates: TCalendarDate[]): TCalendarDate | null {
  return dates.length ? dates.reduce((latest, date) => (date > latest ? date : latest)) : null;
}

export function dueQuestionnaires(instruments: readonly TInstrument[], input: TScheduleInput): TDueQuestionnaire[] {
  if (input.episode.status === "CLOSED") return [];
  return instruments.flatMap((instrument): TDueQuestionnaire[] => {
    const last = maxDate(input.responses.filter((response) => response.instrumentId === instrument.id).map((response) => response.completedOn));
    const due = (reason: TDueReason, dueSince: TCalendarDate) => [{ instrumentId: instrument.id, reason, dueSince }];
    const { discharge, asOf } = input;
    if (input.episode.status === "DISCHARGED" || discharge) {
      if (!discharge || !discharge.sentToPatient || !instrument.schedule.discharge) return [];
      return last !== null && last >= discharge.on ? [] : due("discharge", discharge.on);
    }
    if (instrument.schedule.rescreen && input.openReviewSince !== null && (last === null || last < input.openReviewSince)) {
      return due("re-screen", input.openReviewSince);
    }
    if (instrument.schedule.baseline && last === null) return due("baseline", input.episode.startedOn);
    if (!instrument.schedule.followUp) return [];
    const from = last ?? (instrument.schedule.baseline ? null : input.episode.startedOn);
    if (from === null) return [];
    const next = addDays(from, input.intervalDays);
    return next <= asOf ? due("follow-up", next) : [];
  });
}
