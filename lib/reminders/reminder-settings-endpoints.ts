import { z } from "zod";
import { defineEndpoint } from "../api/endpoint-contract";
import { ZReminderSettingsInput } from "./reminder-settings-input";

const ZReminderSettingsView = z.object({
  reminderTime: z.string(),
  days: z.array(z.number()),
  quietStart: z.string(),
  quietEnd: z.string(),
  pausedUntil: z.string().nullable().describe("ISO 8601, or null when not paused."),
  digestTime: z.string(),
  timeZone: z.string(),
  off: z.array(z.string()),
});

export const getReminderSettingsEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/me/reminders",
  summary: "The signed-in user's reminder settings (defaults until changed)",
  tag: "Reminders",
  roles: ["PATIENT", "CLINICIAN"],
  response: ZReminderSettingsView,
});

export const saveReminderSettingsEndpoint = defineEndpoint({
  method: "put",
  path: "/api/v1/me/reminders",
  summary: "Change the signed-in user's reminder settings; the next scheduler run uses them",
  tag: "Reminders",
  roles: ["PATIENT", "CLINICIAN"],
  body: ZReminderSettingsInput,
  response: ZReminderSettingsView,
});

export const ZReminderScanInput = z.object({ asOf: z.iso.datetime({ offset: true }).describe("The time the scan runs as (ISO 8601).") });

export const reminderScanHookEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/test-hooks/reminder-scan",
  summary: "Test hook (BACKTRACK_TEST_HOOKS=1, never in live mode): run the reminder scan as of a given time and queue its sends",
  tag: "Reminders",
  roles: ["ADMIN"],
  body: ZReminderScanInput,
  response: z.object({ notifications: z.number(), enqueued: z.number() }),
  otherResponses: { 404: "Test hooks are off." },
});
