import type { TrendWeek } from "./weekly-series";

/*
 * Change in weekly mean pain against the baseline: the first week with
 * check-ins. A change matters to the patient when it is at least 2 points AND
 * at least 30% of the baseline on the 0-10 scale (Farrar et al. 2001, Pain
 * 94:149; Ostelo et al. 2008, Spine 33:90 - the consensus minimal important
 * change for low back pain). The same rule in the other direction reads as
 * worsened. From a baseline of 0 every rise is an infinite percentage, so only
 * the 2-point rule applies there.
 *
 * The rounded weekly means (1 decimal) are compared, the numbers the patient
 * and clinician see, in whole tenths so that no floating-point residue can
 * move a result across a threshold.
 */

export type ChangeClassification = "improved" | "worsened" | "no-important-change";

/** Minimal important change in points on the 0-10 scale. */
export const IMPORTANT_CHANGE_POINTS = 2;
/** Minimal important change as a percentage of the baseline. */
export const IMPORTANT_CHANGE_PERCENT = 30;

export interface ChangeFromBaseline {
  /** mean - baseline, in points (1 decimal); negative is less pain. */
  points: number;
  /** The change as a whole-number percentage of the baseline; null when the baseline is 0. */
  percent: number | null;
}

const tenths = (value: number) => Math.round(value * 10);

/** The first week with check-ins, or null. */
export function baselineWeek(weeks: readonly TrendWeek[]): (TrendWeek & { meanPain: number }) | null {
  for (const week of weeks) if (week.meanPain !== null) return { ...week, meanPain: week.meanPain };
  return null;
}

export function changeFromBaseline(baselineMean: number, mean: number): ChangeFromBaseline {
  const base = tenths(baselineMean);
  const diff = tenths(mean) - base;
  return { points: diff / 10, percent: base === 0 ? null : Math.round((diff * 100) / base) };
}

export function classifyChange(baselineMean: number, mean: number): ChangeClassification {
  const base = tenths(baselineMean);
  const diff = tenths(mean) - base;
  const size = Math.abs(diff);
  const bigInPoints = size >= IMPORTANT_CHANGE_POINTS * 10;
  const bigInPercent = base === 0 || size * 100 >= IMPORTANT_CHANGE_PERCENT * base;
  if (!bigInPoints || !bigInPercent) return "no-important-change";
  return diff < 0 ? "improved" : "worsened";
}
