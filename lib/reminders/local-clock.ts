import type { TCalendarDate } from "../dates/calendar-date";

/** A moment as a person in `timeZone` reads it off their wall clock. */
export type TLocalClock = {
  date: TCalendarDate;
  /** Minutes after local midnight, 0-1439. */
  minute: number;
  /** ISO weekday: 1 Monday ... 7 Sunday. */
  weekday: number;
};

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      weekday: "short",
      hourCycle: "h23",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether Intl knows the zone (a bad stored zone must not stop the scan for everyone else). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The wall clock in `timeZone` at `instant`. Across a daylight-saving change
 * the wall clock jumps (02:00 -> 03:00) or repeats an hour (01:00-01:59 twice);
 * the reminder rules compare "has the chosen minute passed today", so a skipped
 * minute still fires (at the first minute after it) and a repeated one fires once.
 */
export function localClock(timeZone: string, instant: Date): TLocalClock {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minute: Number(parts.hour) * 60 + Number(parts.minute),
    weekday: WEEKDAYS[parts.weekday ?? ""] ?? 1,
  };
}
