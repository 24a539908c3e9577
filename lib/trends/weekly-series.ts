import { addDays, type TCalendarDate } from "../dates/calendar-date";
import { episodeWeek } from "../dates/calendar-days";

/*
 * Check-ins grouped into episode weeks, counted from onset (week 1 = the onset
 * day and the 6 after it), the unit the change-from-baseline rules speak in
 * (Farrar et al. 2001; Ostelo et al. 2008 compare averaged pain scores, not
 * single days).
 *
 * - Check-ins dated before onset are ignored: they describe pain before this
 *   episode began, so they are no baseline for it.
 * - Two check-ins on one date (the database allows one a day) keep the last one given.
 * - Weeks from the first to the last week with data are all present; a week
 *   without check-ins has a count of 0 and nulls (gaps are kept, not filled in).
 */

export interface TTrendCheckIn {
  date: TCalendarDate;
  /** Pain now, 0-10. */
  painNow: number;
  /** The PEG-3 score (mean of its three 0-10 items) when answered that day. */
  pegScore: number | null;
}

export interface TWeeklyAdherenceInput {
  week: number;
  prescribed: number;
  done: number;
}

export interface TWeekAdherence {
  prescribed: number;
  done: number;
  /** done / prescribed; null when nothing was prescribed. */
  ratio: number | null;
}

export interface TTrendWeek {
  week: number;
  from: TCalendarDate;
  to: TCalendarDate;
  checkIns: number;
  /** Mean pain, rounded to 1 decimal; null without check-ins. */
  meanPain: number | null;
  minPain: number | null;
  maxPain: number | null;
  /** Mean of the PEG scores answered that week, rounded to 1 decimal; null when none. */
  pegScore: number | null;
  /** Exercise adherence for the week, when given. */
  adherence: TWeekAdherence | null;
}

export interface TWeeklySeriesInput {
  onsetDate: TCalendarDate;
  checkIns: readonly TTrendCheckIn[];
  /** Weekly adherence keyed by the same episode week numbers (weeks before 1 are ignored). */
  adherence?: readonly TWeeklyAdherenceInput[];
}

/** The mean of `values` rounded to 1 decimal, from the sum so whole-number scores round exactly. */
function roundedMean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sum = values.reduce((total, value) => total + value, 0);
  return Math.round((sum * 10) / values.length) / 10;
}

/** One check-in per date (the last given), dated on or after onset. */
export function usableCheckIns(onsetDate: TCalendarDate, checkIns: readonly TTrendCheckIn[]): TTrendCheckIn[] {
  const byDate = new Map<TCalendarDate, TTrendCheckIn>();
  for (const checkIn of checkIns) if (checkIn.date >= onsetDate) byDate.set(checkIn.date, checkIn);
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export function weeklySeries({ onsetDate, checkIns, adherence = [] }: TWeeklySeriesInput): TTrendWeek[] {
  const byWeek = new Map<number, TTrendCheckIn[]>();
  for (const checkIn of usableCheckIns(onsetDate, checkIns)) {
    const week = episodeWeek(onsetDate, checkIn.date);
    const list = byWeek.get(week) ?? [];
    list.push(checkIn);
    byWeek.set(week, list);
  }
  const adherenceByWeek = new Map<number, TWeeklyAdherenceInput>();
  for (const entry of adherence) if (entry.week >= 1) adherenceByWeek.set(entry.week, entry);

  const dataWeeks = [...byWeek.keys(), ...adherenceByWeek.keys()];
  if (dataWeeks.length === 0) return [];
  const first = Math.min(...dataWeeks);
  const last = Math.max(...dataWeeks);

  const weeks: TTrendWeek[] = [];
  for (let week = first; week <= last; week++) {
    const inWeek = byWeek.get(week) ?? [];
    const pains = inWeek.map((checkIn) => checkIn.painNow);
    const pegs = inWeek.flatMap((checkIn) => (checkIn.pegScore === null ? [] : [checkIn.pegScore]));
    const given = adherenceByWeek.get(week);
    const from = addDays(onsetDate, (week - 1) * 7);
    weeks.push({
      week,
      from,
      to: addDays(from, 6),
      checkIns: inWeek.length,
      meanPain: roundedMean(pains),
      minPain: pains.length === 0 ? null : Math.min(...pains),
      maxPain: pains.length === 0 ? null : Math.max(...pains),
      pegScore: roundedMean(pegs),
      adherence: given ? { prescribed: given.prescribed, done: given.done, ratio: given.prescribed > 0 ? given.done / given.prescribed : null } : null,
    });
  }
  return weeks;
}
