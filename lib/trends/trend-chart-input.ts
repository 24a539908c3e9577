import type { TCalendarDate } from "../dates/calendar-date";
import type { TEpisodePhase } from "./phase";
import type { TTrendWeek } from "./weekly-series";

/*
 * What the trend charts draw, all of it already in the episode's trend view:
 * the chart components only place it on axes.
 */

/** One check-in: pain now (0-10) on the patient's calendar date. */
export interface TTrendChartDay {
  date: TCalendarDate;
  painNow: number;
  /** The PEG-3 score (0-10) when answered that day. */
  pegScore: number | null;
}

/** A week of the exercise plan (plan weeks count from the plan's start, not from onset). */
export interface TTrendChartAdherenceWeek {
  week: number;
  from: TCalendarDate;
  to: TCalendarDate;
  prescribed: number;
  done: number;
  /** done / prescribed, 0 to 1. */
  ratio: number;
}

export type TTrendMarkerKind = "red-flag" | "plan-change";

/** A dated event drawn as a vertical marker: a red flag answered yes, a plan started or changed. */
export interface TTrendChartMarker {
  date: TCalendarDate;
  kind: TTrendMarkerKind;
  /** Plain words for the tooltip and the table, e.g. "Red flag: loss of bladder control" or "Plan changed (version 2)". */
  label: string;
}

/**
 * A function score (the PSFS mean, 0-10, higher is better) on the date it was
 * completed: drawn beside pain on its own 0-10 scale, which runs the other way.
 */
export interface TTrendChartFunctionScore {
  date: TCalendarDate;
  score: number;
}

export interface TTrendChartInput {
  onsetDate: TCalendarDate;
  /** The patient's today: the chart's x axis ends here. */
  today: TCalendarDate;
  /** The date each phase began or will begin (acute = onset). */
  phaseStarts: Record<TEpisodePhase, TCalendarDate>;
  /** Episode weeks (1 = onset day and the 6 after), with mean, range and PEG-3; gaps have nulls. */
  weeks: readonly TTrendWeek[];
  daily: readonly TTrendChartDay[];
  adherence: readonly TTrendChartAdherenceWeek[];
  markers: readonly TTrendChartMarker[];
  /** PSFS scores of the episode, any order; absent or empty draws no function series. */
  functionScores?: readonly TTrendChartFunctionScore[];
}
