/**
 * Calendar dates ("2026-11-24") as patients live them: in their own time zone,
 * stored in Postgres DATE columns, which Prisma hands over as UTC midnights.
 */
export type TCalendarDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function todayIn(timeZone: string, now: Date = new Date()): TCalendarDate {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

export function addDays(date: TCalendarDate, days: number): TCalendarDate {
  const utc = toDbDate(date);
  utc.setUTCDate(utc.getUTCDate() + days);
  return fromDbDate(utc);
}

export function toDbDate(date: TCalendarDate): Date {
  if (!ISO_DATE.test(date)) throw new RangeError(`Not a calendar date: ${date}`);
  return new Date(`${date}T00:00:00.000Z`);
}

export function fromDbDate(value: Date): TCalendarDate {
  return value.toISOString().slice(0, 10);
}
