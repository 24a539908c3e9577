import { toDbDate, type TCalendarDate } from "../dates/calendar-date";
import type { TLocalClock } from "./local-clock";
import type { TReminderSettings } from "./reminder-settings";

/** Days without a check-in before the "we have not heard from you" note, then how often it may repeat. */
export const NOT_HEARD_FROM_AFTER_DAYS = 3;
export const NOT_HEARD_FROM_REPEAT_DAYS = 7;

export function isPaused(settings: TReminderSettings, asOf: Date): boolean {
  return settings.pausedUntil !== null && settings.pausedUntil.getTime() > asOf.getTime();
}

/** Quiet hours may wrap past midnight (22:00-07:00); start == end means none. */
export function inQuietHours(settings: TReminderSettings, minute: number): boolean {
  const { quietStart: start, quietEnd: end } = settings;
  if (start === null || end === null || start === end) return false;
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

/** Nothing may go out now: paused, or inside quiet hours (what was held back goes out after them the same day). */
function heldBack(settings: TReminderSettings, clock: TLocalClock, asOf: Date): boolean {
  return isPaused(settings, asOf) || inQuietHours(settings, clock.minute);
}

/**
 * The daily reminder time has come today: a chosen weekday, the chosen minute
 * passed (so a scan that runs late, or a minute skipped by a daylight-saving
 * jump, still sends it, and the notification's key per local date keeps it to
 * one), not paused, not in quiet hours.
 */
export function dailyReminderTimeReached(settings: TReminderSettings, clock: TLocalClock, asOf: Date): boolean {
  return settings.days.includes(clock.weekday) && clock.minute >= settings.reminderMinute && !heldBack(settings, clock, asOf);
}

export function checkInReminderDue(input: { settings: TReminderSettings; clock: TLocalClock; asOf: Date; hasCheckInToday: boolean }): boolean {
  return !input.hasCheckInToday && dailyReminderTimeReached(input.settings, input.clock, input.asOf);
}

/** On a plan day with exercises due and at least one not yet marked done or skipped. */
export function exerciseReminderDue(input: { settings: TReminderSettings; clock: TLocalClock; asOf: Date; dueToday: number; markedToday: number }): boolean {
  return input.dueToday > 0 && input.markedToday < input.dueToday && dailyReminderTimeReached(input.settings, input.clock, input.asOf);
}

/** The weekly PEG-3 is due today and today's check-in (which would carry it) is not in yet. */
export function pegReminderDue(input: { settings: TReminderSettings; clock: TLocalClock; asOf: Date; pegDueToday: boolean; hasCheckInToday: boolean }): boolean {
  return input.pegDueToday && !input.hasCheckInToday && dailyReminderTimeReached(input.settings, input.clock, input.asOf);
}

function daysBetween(from: TCalendarDate, to: TCalendarDate): number {
  return Math.round((toDbDate(to).getTime() - toDbDate(from).getTime()) / 86_400_000);
}

/**
 * "We have not heard from you": 3 days after the last check-in (or after the
 * patient joined, without one), once; then at most weekly while the silence
 * lasts. A new check-in starts the count again.
 */
export function notHeardFromDue(input: {
  settings: TReminderSettings;
  clock: TLocalClock;
  asOf: Date;
  /** The last check-in's date, or the day the patient joined when they have none. */
  lastActiveDate: TCalendarDate;
  /** The local date of the last such note, or null. */
  lastSentDate: TCalendarDate | null;
}): boolean {
  const { clock, lastActiveDate, lastSentDate } = input;
  if (daysBetween(lastActiveDate, clock.date) < NOT_HEARD_FROM_AFTER_DAYS) return false;
  const sentDuringThisSilence = lastSentDate !== null && lastSentDate > lastActiveDate;
  if (sentDuringThisSilence && daysBetween(lastSentDate, clock.date) < NOT_HEARD_FROM_REPEAT_DAYS) return false;
  return dailyReminderTimeReached(input.settings, input.clock, input.asOf);
}

/** A clinician's daily digest: their chosen minute has passed today (every day: flags do not wait for weekends), not paused or quiet. */
export function digestDue(settings: TReminderSettings, clock: TLocalClock, asOf: Date): boolean {
  return clock.minute >= settings.digestMinute && !heldBack(settings, clock, asOf);
}

