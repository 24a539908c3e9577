import { addDays, type TCalendarDate } from "../dates/calendar-date";
import { dueOn } from "../exercise-log/schedule";
import type { TCurrentPlanSchedule } from "../exercise-log/plan-schedule";
import { formatPlanDose } from "../plans/format-plan-item";

/*
 * The patient's exercise days and a weekly check-in reminder as an iCalendar
 * (RFC 5545) document, for a calendar app to subscribe to.
 *
 * - Exercise days: an all-day event for each day something is due, from a
 *   week back to EXERCISE_DAYS_AHEAD days ahead, listing that day's
 *   exercises and doses. Plans say how many days a week, not which days (see
 *   lib/exercise-log/schedule.ts), so every day in a plan week is listed and
 *   the description says how many days a week each is for. Calendar apps
 *   fetch the feed again, so later days appear as time passes and a plan
 *   change shows up at the next fetch.
 * - The weekly check-in reminder: 6 pm every 7 days from the episode's
 *   onset, in the patient's own time (a "floating" time, so it stays at 6 pm
 *   wherever the phone is), with an alarm.
 * UIDs are stable (patient, kind and date), so a fetch updates events instead
 * of duplicating them.
 */

export const EXERCISE_DAYS_BACK = 7;
export const EXERCISE_DAYS_AHEAD = 55;
export const CHECK_IN_REMINDER_TIME = "180000";

export interface TExerciseCalendarInput {
  /** Stable and opaque: the feed's id, so events of different patients never share a UID. */
  feedId: string;
  today: TCalendarDate;
  plan: TCurrentPlanSchedule | null;
  /** Onset of the active episode: the weekday of the check-in reminder; null without an episode (no reminder). */
  onsetDate: TCalendarDate | null;
  /** The portal's address, for links in the events. */
  baseUrl: string;
  /** When the document is made, for DTSTAMP. */
  now: Date;
}

/** Text as an iCalendar TEXT value: backslash, semicolon, comma and line breaks escaped. */
function text(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

/** Lines of at most 75 octets, continued with CRLF and a space (RFC 5545, 3.1), never splitting a UTF-8 character. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character);
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

const compactDate = (date: TCalendarDate) => date.replace(/-/g, "");
const utcStamp = (instant: Date) => `${instant.toISOString().replace(/[-:]/g, "").slice(0, 15)}Z`;

function exerciseEvents(input: TExerciseCalendarInput, stamp: string): string[][] {
  const { plan } = input;
  if (!plan) return [];
  const events: string[][] = [];
  for (let offset = -EXERCISE_DAYS_BACK; offset <= EXERCISE_DAYS_AHEAD; offset++) {
    const date = addDays(input.today, offset);
    const { items } = dueOn(plan, date);
    if (items.length === 0) continue;
    const lines = items.map((item) => `- ${item.exerciseName}: ${formatPlanDose(item)}`);
    events.push([
      "BEGIN:VEVENT",
      `UID:exercise-${compactDate(date)}-${input.feedId}@backtrack`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDate(date)}`,
      `DTEND;VALUE=DATE:${compactDate(addDays(date, 1))}`,
      `SUMMARY:${text(`Home exercises (${items.length})`)}`,
      `DESCRIPTION:${text(`${plan.title}\n${lines.join("\n")}\nMark them done: ${input.baseUrl}/dashboard`)}`,
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    ]);
  }
  return events;
}

function reminderEvent(input: TExerciseCalendarInput, stamp: string): string[] | null {
  if (!input.onsetDate) return null;
  return [
    "BEGIN:VEVENT",
    `UID:check-in-reminder-${input.feedId}@backtrack`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${compactDate(input.onsetDate)}T${CHECK_IN_REMINDER_TIME}`,
    "DURATION:PT10M",
    "RRULE:FREQ=WEEKLY",
    `SUMMARY:${text("BackTrack weekly check-in")}`,
    `DESCRIPTION:${text(`How is your back this week? Check in (it takes 2 minutes): ${input.baseUrl}/check-in`)}`,
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    "TRIGGER:PT0M",
    `DESCRIPTION:${text("BackTrack weekly check-in")}`,
    "END:VALARM",
    "END:VEVENT",
  ];
}

/** The calendar document, CRLF line ends. */
export function exerciseCalendar(input: TExerciseCalendarInput): string {
  const stamp = utcStamp(input.now);
  const events = [...exerciseEvents(input, stamp), reminderEvent(input, stamp)].filter((event): event is string[] => event !== null);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//BackTrack//Exercise calendar//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${text("BackTrack exercises")}`,
    "REFRESH-INTERVAL;VALUE=DURATION:PT12H",
    ...events.flat(),
    "END:VCALENDAR",
  ];
  return lines.map((line) => `${fold(line)}\r\n`).join("");
}
