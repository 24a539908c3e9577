import { addDays, type TCalendarDate } from "../dates/calendar-date";
import { planWeekOn } from "../dates/calendar-days";
import { isInPlanWeek } from "../plans/plan-item-weeks";

/*
 * The rules of the exercise log, as pure functions over plain values (no
 * database, no clock): which exercises are due on a day, the streak, and
 * adherence. The lib functions around them only load rows and call these.
 *
 * - Due on a date: in the plan the patient follows, the version with the
 *   latest `effectiveFrom` on or before the date (the higher number on a tie),
 *   and of it the items whose week range holds the plan week of the date.
 *   Nothing is due before the plan's start date. Weekdays play no part: an
 *   item done 5 days a week is offered every day of the week.
 * - Adherence counts plan weeks (week 1 starts on the plan's start date), so
 *   it reads as the clinician prescribed it. An item done `daysPerWeek` days in
 *   a week met its dose; more days do not count extra.
 * - Logs count by exercise, not by plan item: when a change mid-week gives an
 *   exercise a new dose (a new plan item), the days already done still count.
 *   The plan input refuses the same exercise twice in the same weeks.
 */

export type TScheduleItem = { id: string; exerciseId: string; fromWeek: number; toWeek: number | null; daysPerWeek: number };

export type TScheduleVersion<TItem extends TScheduleItem = TScheduleItem> = { number: number; effectiveFrom: TCalendarDate; items: TItem[] };

export type TSchedulePlan<TItem extends TScheduleItem = TScheduleItem> = { startDate: TCalendarDate; versions: TScheduleVersion<TItem>[] };

export type TScheduleLog = { planItemId: string; date: TCalendarDate; outcome: "DONE" | "SKIPPED" };

export type TWeekAdherence = {
  /** Plan week, 1 from the plan's start date. */
  week: number;
  from: TCalendarDate;
  to: TCalendarDate;
  /** Days of exercise prescribed in the week: the sum of the items' days per week. */
  prescribed: number;
  /** Days done, at most each item's days per week. */
  done: number;
  /** Days an exercise was marked skipped (and not also done that day). */
  skipped: number;
  /** done / prescribed, 0 to 1 (0 when nothing was prescribed). */
  ratio: number;
};

/** The version in effect on `date`: the latest `effectiveFrom` on or before it (the higher number on a tie), or null before the first. */
export function versionOn<TVersion extends { number: number; effectiveFrom: TCalendarDate }>(versions: readonly TVersion[], date: TCalendarDate): TVersion | null {
  let chosen: TVersion | null = null;
  for (const version of versions) {
    if (version.effectiveFrom > date) continue;
    if (!chosen || version.effectiveFrom > chosen.effectiveFrom || (version.effectiveFrom === chosen.effectiveFrom && version.number > chosen.number)) {
      chosen = version;
    }
  }
  return chosen;
}

/** What is due on `date`: the plan week (0 before the start), the version in effect, and its items in that week. */
export function dueOn<TItem extends TScheduleItem>(
  plan: TSchedulePlan<TItem>,
  date: TCalendarDate,
): { week: number; version: TScheduleVersion<TItem> | null; items: TItem[] } {
  const week = planWeekOn(plan.startDate, date);
  if (week === 0) return { week, version: null, items: [] };
  const version = versionOn(plan.versions, date);
  return { week, version, items: version ? version.items.filter((item) => isInPlanWeek(item, week)) : [] };
}

/** The first and last day of plan week `week`. */
export function planWeekDates(startDate: TCalendarDate, week: number): { from: TCalendarDate; to: TCalendarDate } {
  const from = addDays(startDate, (week - 1) * 7);
  return { from, to: addDays(from, 6) };
}

/**
 * Days in a row, up to today, with something done. Counting starts at
 * yesterday while nothing is done yet today, so the streak does not look
 * broken in the morning. `doneDates` may hold repeats and any order.
 */
export function streakOf(doneDates: Iterable<TCalendarDate>, today: TCalendarDate): number {
  const done = new Set(doneDates);
  let day = done.has(today) ? today : addDays(today, -1);
  let streak = 0;
  while (done.has(day)) {
    streak += 1;
    day = addDays(day, -1);
  }
  return streak;
}

/**
 * Adherence per plan week, oldest first, from week 1 to the week of `today`
 * (none before the plan starts). Each week is measured against the version in
 * effect on its last day that has passed (its last day, or today for the
 * week under way): prescribed is the sum of those items' days per week (for
 * the week under way, the whole week's), done the days each was done, capped
 * at its days per week.
 */
export function weeklyAdherence(plan: TSchedulePlan, logs: readonly TScheduleLog[], today: TCalendarDate): TWeekAdherence[] {
  const currentWeek = planWeekOn(plan.startDate, today);
  const days = logDaysByExercise(plan, logs);
  const weeks: TWeekAdherence[] = [];
  for (let week = 1; week <= currentWeek; week += 1) {
    const { from, to } = planWeekDates(plan.startDate, week);
    const { items } = dueOn(plan, to < today ? to : today);
    let prescribed = 0;
    let done = 0;
    let skipped = 0;
    for (const [exerciseId, daysPerWeek] of daysPerWeekByExercise(items)) {
      const logged = days.get(exerciseId);
      const doneDays = countBetween(logged?.done, from, to);
      prescribed += daysPerWeek;
      done += Math.min(doneDays, daysPerWeek);
      skipped += countBetween(logged?.skipped, from, to, logged?.done);
    }
    weeks.push({ week, from, to, prescribed, done, skipped, ratio: prescribed === 0 ? 0 : done / prescribed });
  }
  return weeks;
}

/** Days per week by exercise (summed, should an exercise ever be in a week twice). */
function daysPerWeekByExercise(items: readonly TScheduleItem[]): Map<string, number> {
  const byExercise = new Map<string, number>();
  for (const item of items) byExercise.set(item.exerciseId, (byExercise.get(item.exerciseId) ?? 0) + item.daysPerWeek);
  return byExercise;
}

/** The days each exercise of the plan was marked done or skipped; logs of items outside the plan are left out. */
function logDaysByExercise(plan: TSchedulePlan, logs: readonly TScheduleLog[]): Map<string, { done: Set<TCalendarDate>; skipped: Set<TCalendarDate> }> {
  const exerciseOf = new Map(plan.versions.flatMap((version) => version.items.map((item) => [item.id, item.exerciseId] as const)));
  const days = new Map<string, { done: Set<TCalendarDate>; skipped: Set<TCalendarDate> }>();
  for (const log of logs) {
    const exerciseId = exerciseOf.get(log.planItemId);
    if (exerciseId === undefined) continue;
    const entry = days.get(exerciseId) ?? { done: new Set(), skipped: new Set() };
    (log.outcome === "DONE" ? entry.done : entry.skipped).add(log.date);
    days.set(exerciseId, entry);
  }
  return days;
}

function countBetween(dates: Set<TCalendarDate> | undefined, from: TCalendarDate, to: TCalendarDate, except?: Set<TCalendarDate>): number {
  let count = 0;
  for (const date of dates ?? []) if (date >= from && date <= to && !except?.has(date)) count += 1;
  return count;
}
