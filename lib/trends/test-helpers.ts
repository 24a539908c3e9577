import { addDays, type CalendarDate } from "../dates/calendar-date";
import type { TrendCheckIn } from "./weekly-series";

/** Daily check-ins from `from`, one per value (null = a day without a check-in). */
export function daily(from: CalendarDate, values: readonly (number | null)[], pegScore: number | null = null): TrendCheckIn[] {
  return values.flatMap((value, day) => (value === null ? [] : [{ date: addDays(from, day), painNow: value, pegScore }]));
}
