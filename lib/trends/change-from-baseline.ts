import type { TTrendWeek } from "./weekly-series";

/*
 * Change in weekly mean pain against the baseline: the first week with
 * check-ins.
 *
 * Improved: a drop of at least 2 points AND at least 30% of the baseline on
 * the 0-10 scale (Farrar et al. 2001, "Clinical importance of changes in
 * chronic pain intensity measured on an 11-point numerical pain rating
 * scale", Pain 94:149-158, https://doi.org/10.1016/S0304-3959(01)00349-9;
 * Ostelo et al. 2008, "Interpreting change scores for pain and functional
 * status in low back pain", Spine 33:90-94,
 * https://doi.org/10.1097/BRS.0b013e31815e3a10). Those thresholds were set
 * for improvement only.
 *
 * Worsened: a rise of at least 2 points, whatever the baseline (the domain
 * rule of DESIGN.md). A 30% rise cannot be asked for on a 0-10 scale: from a
 * baseline of 7.7 or more it would need more than 10, so a patient going
 * from 8 to 10 would never read as worse.
 *
 * The rounded weekly means (1 decimal) are compared, the numbers the patient
 * and clinician see, in whole tenths so that no floating-point residue can
 * move a result across a threshold.
 */

export type TChangeClassification = "improved" | "worsened" | "no-important-change";

/** Minimal important change in points on the 0-10 scale, either way. */
export const IMPORTANT_CHANGE_POINTS = 2;
/** Minimal important improvement as a percentage of the baseline (improvement only). */
export const IMPORTANT_CHANGE_PERCENT = 30;
/**
 * The version of this rule. EpisodeTrendSummary rows carry the version they
 * were computed with; rows of an older one are recomputed at start-up
 * (lib/episodes/refresh-stale-summaries.ts). Raise it whenever classifyChange
 * gives a different answer for the same weekly means.
 * 1: the 2-point-and-30% rule both ways. 2: a rise of 2 points is worse.
 */
export const CHANGE_RULE_VERSION = 2;

export interface TChangeFromBaseline {
  /** mean - baseline, in points (1 decimal); negative is less pain. */
  points: number;
  /** The change as a whole-number percentage of the baseline; null when the baseline is 0. */
  percent: number | null;
}

const tenths = (value: number) => Math.round(value * 10);

/** The first week with check-ins, or null. */
export function baselineWeek(weeks: readonly TTrendWeek[]): (TTrendWeek & { meanPain: number }) | null {
  for (const week of weeks) if (week.meanPain !== null) return { ...week, meanPain: week.meanPain };
  return null;
}

export function changeFromBaseline(baselineMean: number, mean: number): TChangeFromBaseline {
  const base = tenths(baselineMean);
  const diff = tenths(mean) - base;
  return { points: diff / 10, percent: base === 0 ? null : Math.round((diff * 100) / base) };
}

export function classifyChange(baselineMean: number, mean: number): TChangeClassification {
  const base = tenths(baselineMean);
  const diff = tenths(mean) - base;
  if (diff >= IMPORTANT_CHANGE_POINTS * 10) return "worsened";
  const drop = -diff;
  if (drop >= IMPORTANT_CHANGE_POINTS * 10 && drop * 100 >= IMPORTANT_CHANGE_PERCENT * base) return "improved";
  return "no-important-change";
}
