import type { NotificationChannel, NotificationKind } from "../db/generated/enums";

/** A user's reminder choices as the rules read them (a user without a stored row has the defaults). */
export type TReminderSettings = {
  /** Minutes after local midnight of the daily check-in and exercise reminders. */
  reminderMinute: number;
  /** ISO weekdays (1 Monday ... 7 Sunday) the daily reminders go out. */
  days: number[];
  quietStart: number | null;
  quietEnd: number | null;
  pausedUntil: Date | null;
  /** Minutes after local midnight of a clinician's daily digest. */
  digestMinute: number;
  /** "KIND:CHANNEL" pairs turned off. */
  disabled: string[];
};

/** 18:00 on every day, digest at 08:00, email (and push once allowed on a device) on: what the issue asks for new patients. */
export const DEFAULT_REMINDER_SETTINGS: TReminderSettings = {
  reminderMinute: 18 * 60,
  days: [1, 2, 3, 4, 5, 6, 7],
  quietStart: null,
  quietEnd: null,
  pausedUntil: null,
  digestMinute: 8 * 60,
  disabled: [],
};

export function channelKey(kind: NotificationKind, channel: NotificationChannel): string {
  return `${kind}:${channel}`;
}

/** In-app is always on; email and push follow the user's switches. */
export function isChannelOn(settings: TReminderSettings, kind: NotificationKind, channel: NotificationChannel): boolean {
  return !settings.disabled.includes(channelKey(kind, channel));
}
