import type { Prisma } from "../db/generated/client";
import { DEFAULT_REMINDER_SETTINGS, type TReminderSettings } from "./reminder-settings";

export const reminderSettingsSelect = {
  reminderMinute: true,
  days: true,
  quietStart: true,
  quietEnd: true,
  pausedUntil: true,
  digestMinute: true,
  disabled: true,
} satisfies Prisma.ReminderSettingsSelect;

export type TStoredReminderSettings = Prisma.ReminderSettingsGetPayload<{ select: typeof reminderSettingsSelect }>;

export function settingsOrDefaults(row: TStoredReminderSettings | null | undefined): TReminderSettings {
  return row ? { ...row } : { ...DEFAULT_REMINDER_SETTINGS };
}

export async function loadReminderSettings(db: Prisma.TransactionClient, userId: string): Promise<TReminderSettings> {
  return settingsOrDefaults(await db.reminderSettings.findUnique({ where: { userId }, select: reminderSettingsSelect }));
}
