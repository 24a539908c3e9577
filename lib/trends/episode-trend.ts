import type { TCalendarDate } from "../dates/calendar-date";
import { baselineWeek, changeFromBaseline, classifyChange, type TChangeClassification } from "./change-from-baseline";
import { chronicityRisk } from "./chronicity-risk";
import { DEFAULT_ACUTE_WEEKS, episodePhase, phaseStartDates, type TEpisodePhase } from "./phase";
import { classifySlope, recentSlope, type TTrendDirection } from "./theil-sen";
import { usableCheckIns, weeklySeries, type TTrendCheckIn, type TTrendWeek, type TWeeklyAdherenceInput } from "./weekly-series";

/*
 * Everything the trend views need for one episode on `today` (the patient's
 * calendar date): phase (ACP 2017), weekly series, change of the latest week
 * against the first (Farrar 2001; Ostelo 2008), the 4-week Theil-Sen direction
 * and the 6-week chronicity-risk flag. Check-ins before onset are ignored, as
 * in the weekly series; the direction uses the same check-ins.
 */

export interface TEpisodeTrendInput {
  onsetDate: TCalendarDate;
  today: TCalendarDate;
  acuteWeeks?: number;
  checkIns: readonly TTrendCheckIn[];
  adherence?: readonly TWeeklyAdherenceInput[];
}

export interface TEpisodeTrend {
  phase: TEpisodePhase;
  phaseStarts: Record<TEpisodePhase, TCalendarDate>;
  weeks: TTrendWeek[];
  baseline: { week: number; meanPain: number } | null;
  latest: { week: number; meanPain: number; changePoints: number; changePercent: number | null; classification: TChangeClassification } | null;
  direction: TTrendDirection;
  /** Theil-Sen slope over the last 4 weeks, points per week; null when there is not enough data. */
  slopePerWeek: number | null;
  chronicityRisk: boolean;
  /** The latest week is worse than the baseline by a minimal important change. */
  worsening: boolean;
}

export function episodeTrend({ onsetDate, today, acuteWeeks = DEFAULT_ACUTE_WEEKS, checkIns, adherence }: TEpisodeTrendInput): TEpisodeTrend {
  const weeks = weeklySeries({ onsetDate, checkIns, adherence });
  const first = baselineWeek(weeks);
  const baseline = first ? { week: first.week, meanPain: first.meanPain } : null;

  let latest: TEpisodeTrend["latest"] = null;
  const last = [...weeks].reverse().find((week) => week.meanPain !== null);
  if (baseline && last && last.meanPain !== null) {
    const change = changeFromBaseline(baseline.meanPain, last.meanPain);
    latest = { week: last.week, meanPain: last.meanPain, changePoints: change.points, changePercent: change.percent, classification: classifyChange(baseline.meanPain, last.meanPain) };
  }

  const points = usableCheckIns(onsetDate, checkIns).map((checkIn) => ({ date: checkIn.date, value: checkIn.painNow }));
  const slopePerWeek = recentSlope(points, today);

  return {
    phase: episodePhase(onsetDate, today, acuteWeeks),
    phaseStarts: phaseStartDates(onsetDate, acuteWeeks),
    weeks,
    baseline,
    latest,
    direction: classifySlope(slopePerWeek),
    slopePerWeek,
    chronicityRisk: chronicityRisk(onsetDate, today, latest),
    worsening: latest?.classification === "worsened",
  };
}
