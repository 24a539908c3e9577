import { addDays, type TCalendarDate } from "../dates/calendar-date";
import { daysBetween } from "../dates/calendar-days";

/*
 * Which way pain is heading: the Theil-Sen slope (Theil 1950; Sen 1968), the
 * median of the slopes between every pair of check-ins. Unlike a least-squares
 * line it shrugs off a few unusual days (breakdown point about 29%), so one bad
 * day does not turn a steady series into "worsening".
 *
 * The direction looks at the last 4 weeks only. 0.5 points a week held for
 * those 4 weeks comes to 2 points, the minimal important change on the 0-10
 * scale (Farrar et al. 2001; Ostelo et al. 2008): flatter than that is steady.
 */

export const TREND_DIRECTIONS = ["improving", "steady", "worsening", "not-enough-data"] as const;
export type TTrendDirection = (typeof TREND_DIRECTIONS)[number];

/** How a direction reads on screen: an arrow (decoration) and the word that says it. Less pain is down. */
export const DIRECTION_LABELS: Record<TTrendDirection, { arrow: string; word: string }> = {
  improving: { arrow: "↓", word: "improving" },
  steady: { arrow: "→", word: "steady" },
  worsening: { arrow: "↑", word: "worsening" },
  "not-enough-data": { arrow: "", word: "not enough data" },
};

export interface TTrendPoint {
  date: TCalendarDate;
  value: number;
}

/** The window the direction looks at: today and the days before it. */
export const DIRECTION_WINDOW_DAYS = 28;
/** Fewer points than this in the window: not enough data. */
export const DIRECTION_MIN_POINTS = 4;
/** The points must cover at least this many calendar days, first to last inclusive. */
export const DIRECTION_MIN_SPAN_DAYS = 7;
/** A slope of at least this many points a week (down or up) is a direction; less is steady. */
export const DIRECTION_MIN_SLOPE_PER_WEEK = 0.5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The Theil-Sen slope in points per week; null without two points on different days. */
export function theilSenSlope(points: readonly TTrendPoint[]): number | null {
  if (points.length === 0) return null;
  const origin = points[0]!.date;
  const days = points.map((point) => daysBetween(origin, point.date));
  const slopes: number[] = [];
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const run = days[j]! - days[i]!;
      // Per week directly (rise * 7 / run), so 1 point over 14 days is exactly 0.5.
      if (run !== 0) slopes.push(((points[j]!.value - points[i]!.value) * 7) / run);
    }
  }
  // + 0 turns -0 into 0.
  return slopes.length === 0 ? null : median(slopes) + 0;
}

/** The points in the window ending `today`. */
function inWindow(points: readonly TTrendPoint[], today: TCalendarDate): TTrendPoint[] {
  const from = addDays(today, -(DIRECTION_WINDOW_DAYS - 1));
  return points.filter((point) => point.date >= from && point.date <= today);
}

/** The Theil-Sen slope over the last 4 weeks (points per week); null when there is not enough data. */
export function recentSlope(points: readonly TTrendPoint[], today: TCalendarDate): number | null {
  const recent = inWindow(points, today);
  if (recent.length < DIRECTION_MIN_POINTS) return null;
  const dates = recent.map((point) => point.date).sort();
  if (daysBetween(dates[0]!, dates[dates.length - 1]!) + 1 < DIRECTION_MIN_SPAN_DAYS) return null;
  return theilSenSlope(recent);
}

export function classifySlope(slopePerWeek: number | null): TTrendDirection {
  if (slopePerWeek === null) return "not-enough-data";
  if (slopePerWeek <= -DIRECTION_MIN_SLOPE_PER_WEEK) return "improving";
  if (slopePerWeek >= DIRECTION_MIN_SLOPE_PER_WEEK) return "worsening";
  return "steady";
}

/** The direction of pain over the 28 days ending `today` (the patient's calendar date). */
export function direction(points: readonly TTrendPoint[], today: TCalendarDate): TTrendDirection {
  return classifySlope(recentSlope(points, today));
}
