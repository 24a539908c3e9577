import { z } from "zod";
import { addDays, fromDbDate, toDbDate, type TCalendarDate } from "./calendar-date";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "2026-02-30" has the right shape but is no day of the calendar (Date.parse would roll it over to March). */
export function isRealCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = toDbDate(value);
  return !Number.isNaN(date.getTime()) && fromDbDate(date) === value;
}

/**
 * The latest date that is already today somewhere on Earth: tomorrow in UTC
 * (zones run up to UTC+14). A form cannot know the user's zone, so "not in the
 * future" allows this one day of slack.
 */
export function latestTodayAnywhere(now: Date = new Date()): TCalendarDate {
  return addDays(fromDbDate(now), 1);
}

/**
 * A form field holding a calendar date (YYYY-MM-DD, as `<input type="date">`
 * sends it), with one message at a time naming `label`.
 */
export const calendarDateField = (label: string) =>
  z
    .string({ error: `Enter the ${label}.` })
    .min(1, { error: `Enter the ${label}.`, abort: true })
    .regex(ISO_DATE, { error: `Enter the ${label} as a date (YYYY-MM-DD).`, abort: true })
    .refine(isRealCalendarDate, { error: `The ${label} is not a real date.`, abort: true });

/** The same for a date that has already happened (allowing the one day of slack above). */
export const pastCalendarDateField = (label: string, futureMessage: string) =>
  calendarDateField(label).refine((value) => value <= latestTodayAnywhere(), { error: futureMessage, abort: true });
