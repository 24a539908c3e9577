import { requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import type { TDatabase } from "../db/client";
import { InvalidInputError } from "../errors/domain-errors";
import { parseDomainInput } from "../errors/parse-input";
import { loadReminderSettings } from "./load-reminder-settings";
import { isKnownTimeZone } from "./local-clock";
import { CLINICIAN_REMINDER_KINDS, minutesToTime, PATIENT_REMINDER_KINDS, timeToMinutes, ZReminderSettingsInput, type TReminderSettingsInput } from "./reminder-settings-input";

export type TReminderSettingsView = {
  reminderTime: string;
  days: number[];
  quietStart: string;
  quietEnd: string;
  pausedUntil: string | null;
  digestTime: string;
  timeZone: string;
  off: string[];
};

/** The viewer's own settings, as the form shows them. */
export async function getReminderSettings(db: TDatabase, viewer: TViewer): Promise<TReminderSettingsView> {
  requireRole(viewer, "PATIENT", "CLINICIAN");
  const settings = await loadReminderSettings(db, viewer.userId);
  const stored = await db.reminderSettings.findUnique({ where: { userId: viewer.userId }, select: { timeZone: true } });
  return {
    reminderTime: minutesToTime(settings.reminderMinute),
    days: settings.days,
    quietStart: settings.quietStart === null ? "" : minutesToTime(settings.quietStart),
    quietEnd: settings.quietEnd === null ? "" : minutesToTime(settings.quietEnd),
    pausedUntil: settings.pausedUntil && settings.pausedUntil > new Date() ? settings.pausedUntil.toISOString() : null,
    digestTime: minutesToTime(settings.digestMinute),
    timeZone: stored?.timeZone ?? "UTC",
    off: settings.disabled,
  };
}

/** Saves the viewer's own settings (a person changes only their own; no patient data is read). */
export async function saveReminderSettings(db: TDatabase, viewer: TViewer, input: TReminderSettingsInput, now: Date = new Date()): Promise<TReminderSettingsView> {
  requireRole(viewer, "PATIENT", "CLINICIAN");
  const value = parseDomainInput(ZReminderSettingsInput, input);
  const kinds: readonly string[] = viewer.role === "PATIENT" ? PATIENT_REMINDER_KINDS : CLINICIAN_REMINDER_KINDS;
  if (value.off.some((entry) => !kinds.includes(entry.split(":")[0] ?? ""))) throw new InvalidInputError({ off: ["Unknown reminder switch."] });
  if (!isKnownTimeZone(value.timeZone)) throw new InvalidInputError({ timeZone: ["Choose a time zone from the list."] });
  const data = {
    reminderMinute: timeToMinutes(value.reminderTime),
    days: [...new Set(value.days)].sort(),
    quietStart: value.quietStart === "" ? null : timeToMinutes(value.quietStart),
    quietEnd: value.quietEnd === "" ? null : timeToMinutes(value.quietEnd),
    ...(value.pauseDays === null ? {} : { pausedUntil: value.pauseDays > 0 ? new Date(now.getTime() + value.pauseDays * 86_400_000) : null }),
    digestMinute: timeToMinutes(value.digestTime),
    timeZone: value.timeZone,
    disabled: [...new Set(value.off)],
  };
  await db.reminderSettings.upsert({ where: { userId: viewer.userId }, create: { userId: viewer.userId, ...data }, update: data });
  return getReminderSettings(db, viewer);
}
