import { addDays, type CalendarDate } from "../dates/calendar-date";

/*
 * Which way a patient's pain has gone lately, for the clinician's patient
 * list: the mean pain of the last 7 local days (today and the 6 before)
 * against the 7 days before those. A first, deliberately simple rule; a trend
 * engine (Theil-Sen slopes over the whole episode) is to replace it.
 */

export const PAIN_DIRECTIONS = ["IMPROVING", "STEADY", "WORSENING"] as const;
export type PainDirection = (typeof PAIN_DIRECTIONS)[number];

/** Days in each of the two windows compared. */
export const DIRECTION_WINDOW_DAYS = 7;
/** Fewer check-ins than this in either window: no direction. */
export const DIRECTION_MIN_CHECK_INS = 2;
/** A change of the means by at least this many points (0-10 scale) counts; less is steady. */
export const DIRECTION_MIN_CHANGE = 1;

export const PAIN_DIRECTION_LABELS: Record<PainDirection, { arrow: string; word: string }> = {
  IMPROVING: { arrow: "↓", word: "improving" },
  STEADY: { arrow: "→", word: "steady" },
  WORSENING: { arrow: "↑", word: "worsening" },
};

/**
 * The direction on `today` (the patient's calendar date) from check-ins of
 * any dates (the others are ignored): down by a point or more is improving,
 * up by a point or more worsening, else steady; null with fewer than two
 * check-ins in either week.
 */
export function recentPainDirection(checkIns: readonly { date: CalendarDate; painNow: number }[], today: CalendarDate): PainDirection | null {
  const recentFrom = addDays(today, -(DIRECTION_WINDOW_DAYS - 1));
  const earlierFrom = addDays(recentFrom, -DIRECTION_WINDOW_DAYS);
  const recent = checkIns.filter((checkIn) => checkIn.date >= recentFrom && checkIn.date <= today).map((checkIn) => checkIn.painNow);
  const earlier = checkIns.filter((checkIn) => checkIn.date >= earlierFrom && checkIn.date < recentFrom).map((checkIn) => checkIn.painNow);
  if (recent.length < DIRECTION_MIN_CHECK_INS || earlier.length < DIRECTION_MIN_CHECK_INS) return null;
  // mean(recent) - mean(earlier), compared in whole numbers (both sides times both counts) so 1.0 is never 0.9999.
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  const change = sum(recent) * earlier.length - sum(earlier) * recent.length;
  const threshold = DIRECTION_MIN_CHANGE * recent.length * earlier.length;
  if (change <= -threshold) return "IMPROVING";
  if (change >= threshold) return "WORSENING";
  return "STEADY";
}
