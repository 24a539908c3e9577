import type { CalendarDate } from "../dates/calendar-date";
import type { ChangeClassification } from "./change-from-baseline";
import { daysBetween } from "./calendar-days";

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
 */

export const CHRONICITY_RISK_DAYS = 42;

export function chronicityRisk(onsetDate: CalendarDate, today: CalendarDate, latestClassification: ChangeClassification | null): boolean {
  if (daysBetween(onsetDate, today) < CHRONICITY_RISK_DAYS) return false;
  return latestClassification !== null && latestClassification !== "improved";
}
