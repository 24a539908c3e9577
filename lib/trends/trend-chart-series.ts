import { addDays, type TCalendarDate } from "../dates/calendar-date";
import { daysBetween, episodeWeek } from "../dates/calendar-days";
import type { TEpisodePhase } from "./phase";
import type { TTrendChartInput, TTrendMarkerKind } from "./trend-chart-input";
import { usableCheckIns, type TTrendWeek } from "./weekly-series";

/*
 * The trend charts' geometry, computed here so it can be tested without a DOM.
 * Clinician chart: x = whole days since onset (day 0 = onset), so the axis is
 * linear in time. Patient chart: x = episode week (week 1 = onset day + 6).
 *
 * Decisions (the tests spell each one out):
 * - A day's point sits on its day; a week's mean on the week's middle day, (week - 1) * 7 + 3.
 * - The day axis runs from onset to today, and never ends before day 6 (so a new
 *   episode still shows its first week) or before the last point drawn (the middle
 *   of the current week, once that week has check-ins).
 * - Check-ins and markers dated before onset are left out, as in weeklySeries:
 *   they belong to no week of this episode (the clinician's table still lists such markers).
 * - Phase bands start on the phase's first day and are clipped to the axis; a
 *   phase that begins on or after the axis end gets no band.
 * - A plan week that ended before onset, or has not begun by today, is dropped;
 *   one that straddles onset is clipped to start at onset. More sessions than
 *   prescribed still draw as 100%.
 * - Gaps stay gaps: a week without check-ins has a null mean and lines break there.
 * - Function (PSFS) scores are asked every few weeks, not daily: each sits on
 *   its day (clinician) or week (patient; the latest of the week), and its line
 *   joins one score to the next across the weeks between. Scores dated before
 *   onset or after the axis end are left out.
 */

/** The phases in the order an episode passes through them. */
export const PHASES: readonly TEpisodePhase[] = ["ACUTE", "SUBACUTE", "CHRONIC"];
/** The first episode week runs from day 0 to day 6. */
const FIRST_WEEK_LAST_DAY = 6;
/** Tick budgets for the narrowest layouts (the clinician chart's 720px, the patient chart's 390px phone). */
const MAX_DAY_AXIS_TICKS = 16;
const MAX_WEEK_AXIS_TICKS = 10;
/** An adherence bar reaches this far (in days) past its first and last day, leaving a small gap between weeks. */
const BAR_HALF_DAY = 0.35;

export interface TDailyPainPoint {
  x: number;
  date: TCalendarDate;
  pain: number;
  peg: number | null;
}

export interface TWeeklyPainPoint {
  x: number;
  week: number;
  from: TCalendarDate;
  to: TCalendarDate;
  checkIns: number;
  mean: number | null;
  min: number | null;
  max: number | null;
  peg: number | null;
}

export interface TAdherenceBar {
  /** The row the bar's values are shown on: the middle of the part of the plan week drawn. */
  x: number;
  left: number;
  right: number;
  planWeek: number;
  from: TCalendarDate;
  to: TCalendarDate;
  done: number;
  prescribed: number;
  /** 0-100, whole numbers. */
  percent: number;
}

export interface TPhaseBand {
  phase: TEpisodePhase;
  x1: number;
  x2: number;
}

export interface TChartMarker {
  x: number;
  date: TCalendarDate;
  kind: TTrendMarkerKind;
  label: string;
}

export interface TWeekTick {
  x: number;
  week: number;
  date: TCalendarDate;
}

export interface TFunctionPoint {
  x: number;
  date: TCalendarDate;
  score: number;
}

/** Everything the chart shows on one day, so a tooltip (hover or arrow keys) can read it in one place. */
export interface TTrendChartRow {
  x: number;
  date: TCalendarDate;
  day: TDailyPainPoint | null;
  week: TWeeklyPainPoint | null;
  adherence: TAdherenceBar | null;
  markers: TChartMarker[];
  functionScore: TFunctionPoint | null;
}

/** A stretch of consecutive weeks with a value: a line is drawn through each, never across a gap. */
export interface TLineSpan {
  x1: number;
  x2: number;
}

export interface TClinicianChartSeries {
  domain: [number, number];
  daily: TDailyPainPoint[];
  weekly: TWeeklyPainPoint[];
  adherence: TAdherenceBar[];
  phaseBands: TPhaseBand[];
  markers: TChartMarker[];
  ticks: TWeekTick[];
  /** One row per day with anything on it, in date order: the tooltip's (and keyboard's) stops. */
  rows: TTrendChartRow[];
  meanSpans: TLineSpan[];
  pegSpans: TLineSpan[];
  /** PSFS scores on their day, oldest first (the latest of a day when there are two). */
  functionPoints: TFunctionPoint[];
}

const weekMiddleX = (week: number) => (week - 1) * 7 + 3;

/** "9 Mar": calendar dates read the same in every time zone. */

export function clinicianChartSeries(input: TTrendChartInput): TClinicianChartSeries {
  const { onsetDate } = input;
  const today = daysBetween(onsetDate, input.today);
  const daily = usableCheckIns(onsetDate, input.daily).map((day) => ({ x: daysBetween(onsetDate, day.date), date: day.date, pain: day.painNow, peg: day.pegScore }));
  const weeksWithData = input.weeks.filter((week) => week.week >= 1 && week.checkIns > 0);
  const end = Math.max(FIRST_WEEK_LAST_DAY, today, ...daily.map((day) => day.x), ...weeksWithData.map((week) => weekMiddleX(week.week)));

  const weekly = input.weeks.filter((week) => week.week >= 1 && weekMiddleX(week.week) <= end).map(weeklyPoint);
  const adherence = input.adherence.flatMap((planWeek): TAdherenceBar[] => {
    const from = daysBetween(onsetDate, planWeek.from);
    const to = daysBetween(onsetDate, planWeek.to);
    if (to < 0 || from > today) return [];
    const first = Math.max(0, from);
    const last = Math.min(to, end);
    const percent = Math.round(Math.min(1, Math.max(0, planWeek.ratio)) * 100);
    return [{ x: Math.floor((first + last) / 2), left: Math.max(0, first - BAR_HALF_DAY), right: Math.min(end, last + BAR_HALF_DAY), planWeek: planWeek.week, from: planWeek.from, to: planWeek.to, done: planWeek.done, prescribed: planWeek.prescribed, percent }];
  });
  const markers = input.markers
    .map((marker) => ({ x: daysBetween(onsetDate, marker.date), date: marker.date, kind: marker.kind, label: marker.label }))
    .filter((marker) => marker.x >= 0 && marker.x <= end)
    .sort((a, b) => a.x - b.x);

  const functionPoints = latestPerKey(
    (input.functionScores ?? []).map((entry) => ({ x: daysBetween(onsetDate, entry.date), date: entry.date, score: entry.score })).filter((point) => point.x >= 0 && point.x <= end),
    (point) => point.x,
  );

  return {
    domain: [0, end],
    daily,
    weekly,
    adherence,
    phaseBands: dayPhaseBands(input, end),
    markers,
    ticks: weekTicks(onsetDate, end),
    rows: mergeRows(onsetDate, daily, weekly, adherence, markers, functionPoints),
    meanSpans: unbrokenSpans(weekly, (point) => point.mean),
    pegSpans: unbrokenSpans(weekly, (point) => point.peg),
    functionPoints,
  };
}

function weeklyPoint(week: TTrendWeek): TWeeklyPainPoint {
  return { x: weekMiddleX(week.week), week: week.week, from: week.from, to: week.to, checkIns: week.checkIns, mean: week.meanPain, min: week.minPain, max: week.maxPain, peg: week.pegScore };
}

function dayPhaseBands({ onsetDate, phaseStarts }: TTrendChartInput, end: number): TPhaseBand[] {
  return PHASES.flatMap((phase, index) => {
    const next = PHASES[index + 1];
    const x1 = Math.max(0, daysBetween(onsetDate, phaseStarts[phase]));
    const x2 = Math.min(end, next ? daysBetween(onsetDate, phaseStarts[next]) : end);
    return x2 > x1 ? [{ phase, x1, x2 }] : [];
  });
}

/** Week starts, thinned to every 2nd, 3rd ... week so the labels never crowd. */
function weekTicks(onsetDate: TCalendarDate, end: number): TWeekTick[] {
  const weeks = Math.floor(end / 7) + 1;
  const step = Math.ceil(weeks / MAX_DAY_AXIS_TICKS);
  const ticks: TWeekTick[] = [];
  for (let week = 1; week <= weeks; week += step) ticks.push({ x: (week - 1) * 7, week, date: addDays(onsetDate, (week - 1) * 7) });
  return ticks;
}

function unbrokenSpans(points: readonly TWeeklyPainPoint[], valueOf: (point: TWeeklyPainPoint) => number | null): TLineSpan[] {
  const spans: TLineSpan[] = [];
  let previous: TWeeklyPainPoint | null = null;
  for (const point of points) {
    const current = spans.at(-1);
    if (valueOf(point) === null) previous = null;
    else if (previous && current && point.week === previous.week + 1) {
      current.x2 = point.x;
      previous = point;
    } else {
      spans.push({ x1: point.x, x2: point.x });
      previous = point;
    }
  }
  return spans;
}

/** One item per key, the latest dated where two share one, in key order. */
function latestPerKey<T extends { date: TCalendarDate }>(items: readonly T[], keyOf: (item: T) => number): T[] {
  const byKey = new Map<number, T>();
  for (const item of items) {
    const kept = byKey.get(keyOf(item));
    if (!kept || item.date >= kept.date) byKey.set(keyOf(item), item);
  }
  return [...byKey.values()].sort((a, b) => keyOf(a) - keyOf(b));
}

function mergeRows(onsetDate: TCalendarDate, daily: TDailyPainPoint[], weekly: TWeeklyPainPoint[], adherence: TAdherenceBar[], markers: TChartMarker[], functionPoints: TFunctionPoint[]): TTrendChartRow[] {
  const rows = new Map<number, TTrendChartRow>();
  const rowAt = (x: number) => {
    const row = rows.get(x) ?? { x, date: addDays(onsetDate, x), day: null, week: null, adherence: null, markers: [], functionScore: null };
    rows.set(x, row);
    return row;
  };
  for (const day of daily) rowAt(day.x).day = day;
  for (const week of weekly) rowAt(week.x).week = week;
  for (const bar of adherence) rowAt(bar.x).adherence = bar;
  for (const marker of markers) rowAt(marker.x).markers.push(marker);
  for (const point of functionPoints) rowAt(point.x).functionScore = point;
  return [...rows.values()].sort((a, b) => a.x - b.x);
}

/* ---- The patient chart: one point per episode week. ---- */

export interface TPatientWeekRow {
  week: number;
  from: TCalendarDate;
  to: TCalendarDate;
  checkIns: number;
  /** Null in a week without check-ins: the line breaks there rather than guessing. */
  mean: number | null;
  /** The week's PSFS score (the latest when answered twice); null in a week without one. */
  functionScore: number | null;
}

/** The weeks a phase covers; `toWeek` null = open-ended (chronic). */
export interface TPhaseWeeks {
  phase: TEpisodePhase;
  fromWeek: number;
  toWeek: number | null;
}

/** A phase band on the week axis: each week is drawn 1 wide around its number. */
export interface TPhaseWeekBand {
  phase: TEpisodePhase;
  fromWeek: number;
  toWeek: number;
  x1: number;
  x2: number;
}

export interface TPatientChartSeries {
  domain: [number, number];
  rows: TPatientWeekRow[];
  phaseBands: TPhaseWeekBand[];
  ticks: number[];
  /** Whether any week has a PSFS score (the chart then draws the function series and its axis). */
  hasFunction: boolean;
}

/** Each phase's weeks from the dates it starts (so a clinic's 6-week acute split carries through). */
export function phaseWeeks({ onsetDate, phaseStarts }: Pick<TTrendChartInput, "onsetDate" | "phaseStarts">): TPhaseWeeks[] {
  return PHASES.map((phase, index) => {
    const next = PHASES[index + 1];
    return { phase, fromWeek: Math.max(1, episodeWeek(onsetDate, phaseStarts[phase])), toWeek: next ? episodeWeek(onsetDate, phaseStarts[next]) - 1 : null };
  });
}

export function patientChartSeries(input: TTrendChartInput): TPatientChartSeries {
  const byWeek = new Map(input.weeks.map((week) => [week.week, week]));
  const lastWeek = Math.max(1, episodeWeek(input.onsetDate, input.today), ...input.weeks.filter((week) => week.checkIns > 0).map((week) => week.week));
  const functionByWeek = new Map(
    latestPerKey(
      (input.functionScores ?? []).map((entry) => ({ ...entry, week: episodeWeek(input.onsetDate, entry.date) })).filter((entry) => entry.week >= 1 && entry.week <= lastWeek),
      (entry) => entry.week,
    ).map((entry) => [entry.week, entry.score]),
  );
  const rows = Array.from({ length: lastWeek }, (_, index): TPatientWeekRow => {
    const week = index + 1;
    const from = addDays(input.onsetDate, index * 7);
    const data = byWeek.get(week);
    return { week, from, to: addDays(from, 6), checkIns: data?.checkIns ?? 0, mean: data?.meanPain ?? null, functionScore: functionByWeek.get(week) ?? null };
  });
  const phaseBands = phaseWeeks(input).flatMap(({ phase, fromWeek, toWeek }) => {
    const lastBandWeek = Math.min(toWeek ?? lastWeek, lastWeek);
    return fromWeek > lastBandWeek ? [] : [{ phase, fromWeek, toWeek: lastBandWeek, x1: fromWeek - 0.5, x2: lastBandWeek + 0.5 }];
  });
  const step = Math.ceil(lastWeek / MAX_WEEK_AXIS_TICKS);
  const ticks = rows.filter((row) => (row.week - 1) % step === 0).map((row) => row.week);
  return { domain: [0.5, lastWeek + 0.5], rows, phaseBands, ticks, hasFunction: functionByWeek.size > 0 };
}
