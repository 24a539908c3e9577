import { addDays, type TCalendarDate } from "../dates/calendar-date";
import { daysBetween } from "../dates/calendar-days";

/*
 * Phase of a pain episode from its duration since onset (American College of
 * Physicians guideline, 2017): acute < 4 weeks, subacute 4 to < 12 weeks,
 * chronic >= 12 weeks. Some clinics split acute/subacute at 6 weeks: that one
 * threshold is the clinic's `acuteWeeks`; every other number lives here.
 */

export const EPISODE_PHASES = ["ACUTE", "SUBACUTE", "CHRONIC"] as const;
export type TEpisodePhase = (typeof EPISODE_PHASES)[number];

export const CHRONIC_WEEKS = 12;
export const DEFAULT_ACUTE_WEEKS = 4;
/** The acute/subacute splits a clinic may choose. */
export const ACUTE_WEEK_CHOICES = [4, 6] as const;

export const PHASE_LABELS: Record<TEpisodePhase, string> = { ACUTE: "Acute", SUBACUTE: "Subacute", CHRONIC: "Chronic" };

/** The first day of each phase for an episode that began on `onsetDate`. */
export function phaseStartDates(onsetDate: TCalendarDate, acuteWeeks: number = DEFAULT_ACUTE_WEEKS): Record<TEpisodePhase, TCalendarDate> {
  return { ACUTE: onsetDate, SUBACUTE: addDays(onsetDate, acuteWeeks * 7), CHRONIC: addDays(onsetDate, CHRONIC_WEEKS * 7) };
}

/** The phase on `today` (both patient-local calendar dates). An onset in the future counts as acute. */
export function episodePhase(onsetDate: TCalendarDate, today: TCalendarDate, acuteWeeks: number = DEFAULT_ACUTE_WEEKS): TEpisodePhase {
  const days = daysBetween(onsetDate, today);
  if (days >= CHRONIC_WEEKS * 7) return "CHRONIC";
  if (days >= acuteWeeks * 7) return "SUBACUTE";
  return "ACUTE";
}

/**
 * The onset dates that put an episode in `phase` on `today`, as an inclusive
 * range for a database filter (null = unbounded): the same rule as episodePhase.
 */
export function onsetRangeForPhase(phase: TEpisodePhase, today: TCalendarDate, acuteWeeks: number = DEFAULT_ACUTE_WEEKS): { from: TCalendarDate | null; to: TCalendarDate | null } {
  const subacuteFrom = addDays(today, -acuteWeeks * 7);
  const chronicFrom = addDays(today, -CHRONIC_WEEKS * 7);
  if (phase === "ACUTE") return { from: addDays(subacuteFrom, 1), to: null };
  if (phase === "SUBACUTE") return { from: addDays(chronicFrom, 1), to: subacuteFrom };
  return { from: null, to: chronicFrom };
}
