import { toDbDate, type TCalendarDate } from "./calendar-date";

/*
 * Whole days and weeks between calendar dates, counted on UTC midnights so
 * that neither the machine's time zone nor a daylight-saving change can add or
 * lose a day. Episode weeks and plan weeks are both numbered from 1 on their
 * first day.
 */

const DAY_MS = 86_400_000;

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: TCalendarDate, to: TCalendarDate): number {
  return Math.round((toDbDate(to).getTime() - toDbDate(from).getTime()) / DAY_MS);
}

/** The week a day falls in, counting the first day as day 0 of week 1. */
export function weekOfDay(dayIndex: number): number {
  return Math.floor(dayIndex / 7) + 1;
}

/** The episode week `date` falls in: week 1 is the onset day to onset + 6; 0 or less before onset. */
export function episodeWeek(onsetDate: TCalendarDate, date: TCalendarDate): number {
  return weekOfDay(daysBetween(onsetDate, date));
}

/** The plan week `date` falls in, counting week 1 from `startDate`; 0 before the start. */
export function planWeekOn(startDate: TCalendarDate, date: TCalendarDate): number {
  const days = daysBetween(startDate, date);
  return days < 0 ? 0 : weekOfDay(days);
}
