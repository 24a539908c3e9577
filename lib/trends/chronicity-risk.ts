import type { TCalendarDate } from "../dates/calendar-date";
import type { TChangeClassification } from "./change-from-baseline";
import { daysBetween } from "../dates/calendar-days";

/*
 * "Not improving by 6 weeks" is the chronicity-risk flag for the clinician:
 * low back pain that has not clearly improved by about 6 weeks is less likely
 * to settle on its own (Pengel et al. 2003, BMJ 327:323; Costa et al. 2012,
 * CMAJ 184:E613), so it is the time to review the plan.
 *
 * From day 42 after onset, the flag is raised when the latest week with
 * check-ins is not "improved" against the baseline (a single week of data
 * cannot show an improvement, so it counts as not improved). Without any
 * check-ins there is no pain to judge: no flag (missing check-ins are shown
 * to the clinician separately).
 *
 * A latest weekly mean of 1 or less is no pain to speak of: no flag. Without
 * this, a patient whose first week was already 0-1 (so could never improve by
 * 2 points) would be flagged for ever from day 42. A patient who went from
 * 2 to 1 is not flagged either; one who stays at 2 or more without improving is.
 */

export const CHRONICITY_RISK_DAYS = 42;
/** A latest weekly mean at or below this (0-10) is settled pain, never a chronicity risk. */
export const SETTLED_PAIN_MAX = 1;

export function chronicityRisk(
  onsetDate: TCalendarDate,
  today: TCalendarDate,
  latest: { classification: TChangeClassification; meanPain: number } | null,
): boolean {
  if (daysBetween(onsetDate, today) < CHRONICITY_RISK_DAYS || latest === null) return false;
  return latest.classification !== "improved" && latest.meanPain > SETTLED_PAIN_MAX;
}
