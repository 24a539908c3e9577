import type { TCalendarDate } from "../dates/calendar-date";

/** Whole years from `dateOfBirth` to `today` (both the patient's calendar dates); a birthday counts from its day. */
export function ageOn(dateOfBirth: TCalendarDate, today: TCalendarDate): number {
  const [birthYear, birthMonthDay] = [Number(dateOfBirth.slice(0, 4)), dateOfBirth.slice(5)];
  const [year, monthDay] = [Number(today.slice(0, 4)), today.slice(5)];
  return year - birthYear - (monthDay < birthMonthDay ? 1 : 0);
}
