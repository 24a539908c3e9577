import { addDays, type TCalendarDate } from "../dates/calendar-date";
import type { TTrendCheckIn } from "./weekly-series";

/** Daily check-ins from `from`, one per value (null = a day without a check-in). */
export function daily(from: TCalendarDate, values: readonly (number | null)[], pegScore: number | null = null): TTrendCheckIn[] {
  return values.flatMap((value, day) => (value === null ? [] : [{ date: addDays(from, day), painNow: value, pegScore }]));
}
