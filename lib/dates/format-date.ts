import type { TCalendarDate } from "./calendar-date";

/*
 * A patient's calendar date in words, the same on every page. The date is
 * read at UTC midnight and shown in UTC, so the reader's own time zone can
 * never move it to the day before.
 */

const atUtcMidnight = (date: TCalendarDate) => new Date(`${date}T00:00:00Z`);

/** "4 Nov" */
export const shortDate = (date: TCalendarDate) => atUtcMidnight(date).toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

/** "4 Nov 2026" */
export const mediumDate = (date: TCalendarDate) => atUtcMidnight(date).toLocaleDateString("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/** "24 November 2026" */
export const longDate = (date: TCalendarDate) => atUtcMidnight(date).toLocaleDateString("en-GB", { dateStyle: "long", timeZone: "UTC" });

/** "Tuesday 24 November" */
export const weekdayLongDate = (date: TCalendarDate) =>
  atUtcMidnight(date).toLocaleDateString("en-GB", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" });

/**
 * "4 Nov 2026" for a moment in time (a note written, a plan ended): the
 * calendar date it fell on in `timeZone`.
 */
export const mediumDateOfInstant = (instant: Date | string, timeZone = "UTC") =>
  new Date(instant).toLocaleDateString("en-GB", { dateStyle: "medium", timeZone });

/** "Tue 24 Nov" */
export const weekdayDate = (date: TCalendarDate) =>
  atUtcMidnight(date).toLocaleDateString("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });
