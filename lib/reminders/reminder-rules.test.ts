import { describe, expect, it } from "vitest";
import { NotificationKind } from "../db/generated/enums";
import { notificationText } from "../notifications/notification-text";
import { localClock } from "./local-clock";
import { checkInReminderDue, digestDue, exerciseReminderDue, inQuietHours, notHeardFromDue, pegReminderDue } from "./reminder-rules";
import { DEFAULT_REMINDER_SETTINGS, isChannelOn, type TReminderSettings } from "./reminder-settings";

const settings = (overrides: Partial<TReminderSettings> = {}): TReminderSettings => ({ ...DEFAULT_REMINDER_SETTINGS, ...overrides });
const NY = "America/New_York";

function checkInDue(zone: string, iso: string, overrides: Partial<TReminderSettings> = {}, hasCheckInToday = false): boolean {
  const asOf = new Date(iso);
  return checkInReminderDue({ settings: settings(overrides), clock: localClock(zone, asOf), asOf, hasCheckInToday });
}

describe("localClock", () => {
  it("reads the wall clock, date and ISO weekday in the zone", () => {
    expect(localClock("Europe/London", new Date("2026-07-05T17:30:00Z"))).toEqual({ date: "2026-07-05", minute: 18 * 60 + 30, weekday: 7 });
    expect(localClock("Pacific/Auckland", new Date("2026-07-05T17:30:00Z"))).toEqual({ date: "2026-07-06", minute: 5 * 60 + 30, weekday: 1 });
  });

  it("jumps over the skipped hour and repeats the doubled one (New York, 2026)", () => {
    expect(localClock(NY, new Date("2026-03-08T06:59:00Z")).minute).toBe(60 + 59);
    expect(localClock(NY, new Date("2026-03-08T07:00:00Z")).minute).toBe(3 * 60);
    expect(localClock(NY, new Date("2026-11-01T05:30:00Z")).minute).toBe(60 + 30);
    expect(localClock(NY, new Date("2026-11-01T06:30:00Z")).minute).toBe(60 + 30);
  });
});

describe("check-in reminder", () => {
  it("is due from the chosen time (default 18:00 local) until the day ends, and not before", () => {
    expect(checkInDue(NY, "2026-06-10T21:59:00Z")).toBe(false);
    expect(checkInDue(NY, "2026-06-10T22:00:00Z")).toBe(true);
    expect(checkInDue(NY, "2026-06-11T03:59:00Z")).toBe(true);
  });

  it("is not due once today's check-in is in", () => {
    expect(checkInDue(NY, "2026-06-10T22:00:00Z", {}, true)).toBe(false);
  });

  it("follows the patient's own zone, not UTC or the clinic's", () => {
    // 18:00 in Tokyo is 09:00 UTC; in New York it is still early morning.
    expect(checkInDue("Asia/Tokyo", "2026-06-10T09:00:00Z")).toBe(true);
    expect(checkInDue(NY, "2026-06-10T09:00:00Z")).toBe(false);
  });

  it("goes out only on the chosen weekdays", () => {
    // 2026-06-10 is a Wednesday (3).
    expect(checkInDue(NY, "2026-06-10T22:30:00Z", { days: [1, 2, 4, 5] })).toBe(false);
    expect(checkInDue(NY, "2026-06-10T22:30:00Z", { days: [3] })).toBe(true);
  });

  it("fires at 03:00 when 02:30 does not exist (spring forward) and not before", () => {
    const at0230 = { reminderMinute: 2 * 60 + 30 };
    expect(checkInDue(NY, "2026-03-08T06:59:00Z", at0230)).toBe(false);
    expect(checkInDue(NY, "2026-03-08T07:00:00Z", at0230)).toBe(true);
  });

  it("is due in both copies of a repeated hour (fall back): the per-day key, not the rule, keeps it to one", () => {
    const at0130 = { reminderMinute: 60 + 30 };
    expect(checkInDue(NY, "2026-11-01T05:29:00Z", at0130)).toBe(false);
    expect(checkInDue(NY, "2026-11-01T05:30:00Z", at0130)).toBe(true);
    expect(localClock(NY, new Date("2026-11-01T06:30:00Z")).date).toBe(localClock(NY, new Date("2026-11-01T05:30:00Z")).date);
    // 02:30 on the fall-back day happens once, an hour later in UTC than the day before.
    expect(checkInDue(NY, "2026-11-01T07:29:00Z", { reminderMinute: 150 })).toBe(false);
    expect(checkInDue(NY, "2026-11-01T07:30:00Z", { reminderMinute: 150 })).toBe(true);
  });

  it("waits out quiet hours, including hours that wrap past midnight", () => {
    const quiet = { reminderMinute: 21 * 60, quietStart: 20 * 60, quietEnd: 22 * 60 };
    expect(checkInDue(NY, "2026-06-11T01:30:00Z", quiet)).toBe(false);
    expect(checkInDue(NY, "2026-06-11T02:00:00Z", quiet)).toBe(true);
    expect(inQuietHours(settings({ quietStart: 22 * 60, quietEnd: 7 * 60 }), 23 * 60)).toBe(true);
    expect(inQuietHours(settings({ quietStart: 22 * 60, quietEnd: 7 * 60 }), 6 * 60 + 59)).toBe(true);
    expect(inQuietHours(settings({ quietStart: 22 * 60, quietEnd: 7 * 60 }), 7 * 60)).toBe(false);
    expect(inQuietHours(settings({ quietStart: 8 * 60, quietEnd: 8 * 60 }), 8 * 60)).toBe(false);
  });

  it("is held back while paused and resumes when the pause ends", () => {
    const pausedUntil = new Date("2026-06-12T00:00:00Z");
    expect(checkInDue(NY, "2026-06-10T22:30:00Z", { pausedUntil })).toBe(false);
    expect(checkInDue(NY, "2026-06-12T22:30:00Z", { pausedUntil })).toBe(true);
  });
});

describe("other patient reminders", () => {
  const asOf = new Date("2026-06-10T22:30:00Z");
  const clock = localClock(NY, asOf);

  it("exercise reminder: a plan day with something not yet marked", () => {
    expect(exerciseReminderDue({ settings: settings(), clock, asOf, dueToday: 3, markedToday: 2 })).toBe(true);
    expect(exerciseReminderDue({ settings: settings(), clock, asOf, dueToday: 3, markedToday: 3 })).toBe(false);
    expect(exerciseReminderDue({ settings: settings(), clock, asOf, dueToday: 0, markedToday: 0 })).toBe(false);
  });

  it("weekly PEG-3: only when due and today's check-in is not in", () => {
    expect(pegReminderDue({ settings: settings(), clock, asOf, pegDueToday: true, hasCheckInToday: false })).toBe(true);
    expect(pegReminderDue({ settings: settings(), clock, asOf, pegDueToday: false, hasCheckInToday: false })).toBe(false);
    expect(pegReminderDue({ settings: settings(), clock, asOf, pegDueToday: true, hasCheckInToday: true })).toBe(false);
  });

  it("not heard from: after 3 silent days, once, then weekly, never more", () => {
    const due = (lastActiveDate: string, lastSentDate: string | null) =>
      notHeardFromDue({ settings: settings(), clock, asOf, lastActiveDate, lastSentDate });
    expect(clock.date).toBe("2026-06-10");
    expect(due("2026-06-08", null)).toBe(false);
    expect(due("2026-06-07", null)).toBe(true);
    expect(due("2026-06-01", "2026-06-03")).toBe(true);
    expect(due("2026-06-01", "2026-06-04")).toBe(false);
    // A note from an earlier silence does not hold back the first note of a new one.
    expect(due("2026-06-07", "2026-06-05")).toBe(true);
  });

  it("digest: from the clinician's chosen minute, every day", () => {
    const morning = new Date("2026-06-13T12:00:00Z");
    expect(digestDue(settings({ digestMinute: 8 * 60 }), localClock(NY, morning), morning)).toBe(true);
    expect(digestDue(settings({ digestMinute: 9 * 60 }), localClock(NY, morning), morning)).toBe(false);
  });
});

describe("texts and channels", () => {
  it("no text names a symptom, a score, a red flag or a person", () => {
    const health = /pain|flag|urgent|emergency|bladder|bowel|numb|weak|score|peg|sciatica|worse|chronic|\d/i;
    for (const kind of Object.values(NotificationKind)) {
      const { title, body, actionLabel } = notificationText(kind);
      expect(`${title} ${body} ${actionLabel}`).not.toMatch(health);
    }
  });

  it("email can be switched off per kind; other kinds stay on", () => {
    const off = settings({ disabled: ["CHECK_IN_REMINDER:EMAIL"] });
    expect(isChannelOn(off, "CHECK_IN_REMINDER", "EMAIL")).toBe(false);
    expect(isChannelOn(off, "CHECK_IN_REMINDER", "PUSH")).toBe(true);
    expect(isChannelOn(off, "EXERCISE_REMINDER", "EMAIL")).toBe(true);
  });
});
