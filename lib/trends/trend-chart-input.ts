import type { CalendarDate } from "../dates/calendar-date";
import type { EpisodePhase } from "./phase";
import type { TrendWeek } from "./weekly-series";

/*
 * What the trend charts draw, all of it already in the episode's trend view:
 * the chart components only place it on axes.
 */

/** One check-in: pain now (0-10) on the patient's calendar date. */
export interface TrendChartDay {
  date: CalendarDate;
  painNow: number;
  /** The PEG-3 score (0-10) when answered that day. */
  pegScore: number | null;
}

/** A week of the exercise plan (plan weeks count from the plan's start, not from onset). */
export interface TrendChartAdherenceWeek {
  week: number;
  from: CalendarDate;
  to: CalendarDate;
  prescribed: number;
  done: number;
  /** done / prescribed, 0 to 1. */
  ratio: number;
}

export type TrendMarkerKind = "red-flag" | "plan-change";

/** A dated event drawn as a vertical marker: a red flag answered yes, a plan started or changed. */
export interface TrendChartMarker {
  date: CalendarDate;
  kind: TrendMarkerKind;
  /** Plain words for the tooltip and the table, e.g. "Red flag: loss of bladder control" or "Plan changed (version 2)". */
  label: string;
}

export interface TrendChartInput {
  onsetDate: CalendarDate;
  /** The patient's today: the chart's x axis ends here. */
  today: CalendarDate;
  /** The date each phase began or will begin (acute = onset). */
  phaseStarts: Record<EpisodePhase, CalendarDate>;
  /** Episode weeks (1 = onset day and the 6 after), with mean, range and PEG-3; gaps have nulls. */
  weeks: readonly TrendWeek[];
  daily: readonly TrendChartDay[];
  adherence: readonly TrendChartAdherenceWeek[];
  markers: readonly TrendChartMarker[];
}
