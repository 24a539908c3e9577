import { toDbDate, type CalendarDate } from "../dates/calendar-date";

/*
 * Whole days between calendar dates, counted on UTC midnights so that neither
 * the machine's time zone nor a daylight-saving change can add or lose a day.
 */

const DAY_MS = 86_400_000;

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((toDbDate(to).getTime() - toDbDate(from).getTime()) / DAY_MS);
}

/** The episode week `date` falls in: week 1 is the onset day to onset + 6; 0 or less before onset. */
export function episodeWeek(onsetDate: CalendarDate, date: CalendarDate): number {
  return Math.floor(daysBetween(onsetDate, date) / 7) + 1;
}
