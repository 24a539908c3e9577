import { z } from "zod";

/** The kinds a patient can switch per channel, and a clinician's; in-app is always on. */
export const PATIENT_REMINDER_KINDS = ["CHECK_IN_REMINDER", "EXERCISE_REMINDER", "PEG_REMINDER", "NOT_HEARD_FROM", "NEW_ASSIGNMENT", "NEW_MESSAGE"] as const;
export const CLINICIAN_REMINDER_KINDS = ["EMERGENCY_FLAG", "CLINICIAN_DIGEST", "NEW_MESSAGE"] as const;
export const SWITCHABLE_CHANNELS = ["EMAIL", "PUSH"] as const;

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;
const time = (field: string) => z.string().regex(HH_MM, `Enter ${field} as HH:MM, e.g. 18:00.`);
const optionalTime = (field: string) => z.union([z.literal(""), time(field)]);

export const ZReminderSettingsInput = z
  .object({
    reminderTime: time("the reminder time").describe("Daily reminder time, local HH:MM (patients)."),
    days: z.array(z.number().int().min(1).max(7)).min(1, "Choose at least one day.").max(7).describe("ISO weekdays, 1 Monday to 7 Sunday."),
    quietStart: optionalTime("the start of quiet hours").describe("Quiet hours start, HH:MM, or empty for none."),
    quietEnd: optionalTime("the end of quiet hours").describe("Quiet hours end, HH:MM, or empty for none."),
    pauseDays: z.number().int().min(0, "Pause for 0 to 90 days.").max(90, "Pause for 0 to 90 days.").nullable().describe("Pause every reminder for this many days from now; 0 ends a pause; null keeps it as it is."),
    digestTime: time("the digest time").describe("Daily digest time, local HH:MM (clinicians)."),
    timeZone: z.string().max(64).describe("IANA time zone for a clinician's digest; patients use their profile's."),
    off: z
      .array(z.string().regex(/^[A-Z_]+:(EMAIL|PUSH)$/, "Unknown reminder switch."))
      .max(40)
      .describe('"KIND:CHANNEL" pairs switched off.'),
  })
  .superRefine((value, context) => {
    if ((value.quietStart === "") !== (value.quietEnd === "")) {
      context.addIssue({ code: "custom", path: [value.quietStart === "" ? "quietStart" : "quietEnd"], message: "Enter both ends of quiet hours, or neither." });
    }
  });

export type TReminderSettingsInput = z.input<typeof ZReminderSettingsInput>;

export function minutesToTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

export function timeToMinutes(value: string): number {
  const [hours, minutes] = value.split(":").map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}
