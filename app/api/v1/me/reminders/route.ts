import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { getReminderSettingsEndpoint, saveReminderSettingsEndpoint } from "@/lib/reminders/reminder-settings-endpoints";
import { getReminderSettings, saveReminderSettings } from "@/lib/reminders/save-reminder-settings";

export const GET = handleEndpoint(getReminderSettingsEndpoint, ({ viewer }) => getReminderSettings(getDb(), viewer));

export const PUT = handleEndpoint(saveReminderSettingsEndpoint, ({ viewer, body }) => saveReminderSettings(getDb(), viewer, body));
