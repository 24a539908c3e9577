import { z } from "zod";
import { isValidTimeZone } from "../patients/patient-input";

/** An optional text from a form: blank means "not set" (stored as null). */
function optionalText(max: number, label: string) {
  return z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(max, `${label}: at most ${max} characters.`)
    .nullish()
    .transform((text) => (text ? text : null));
}

export const RETENTION_YEARS_MIN = 1;
export const RETENTION_YEARS_MAX = 100;

/** The clinic's settings as the admin edits them: one schema for the form and the API. */
export const ZClinicSettingsInput = z.object({
  name: z.string({ error: "Enter the clinic's name." }).trim().min(2, "Enter the clinic's name.").max(120, "The name is too long (at most 120 characters)."),
  timeZone: z
    .string({ error: "Choose a time zone." })
    .trim()
    .refine(isValidTimeZone, "Choose a valid time zone, for example Europe/London or America/New_York."),
  acuteWeeks: z.coerce
    .number({ error: "Choose 4 or 6 weeks." })
    .refine((weeks) => weeks === 4 || weeks === 6, "Choose 4 or 6 weeks."),
  emergencyNumber: z
    .string({ error: "Enter the emergency number." })
    .trim()
    .regex(/^\+?[0-9]{2,15}$/, "Enter the emergency number as digits only, for example 911, 999 or 112."),
  phone: optionalText(40, "Phone").refine((phone) => phone === null || /^[0-9+()\-. ]{5,40}$/.test(phone), "Enter a phone number: digits, spaces, + ( ) - only."),
  openingHours: optionalText(300, "Opening hours"),
  replyTimeText: optionalText(100, "Usual reply time"),
  outOfHoursText: optionalText(600, "Out-of-hours advice"),
  retentionYears: z.coerce
    .number({ error: `Enter a number of years (${RETENTION_YEARS_MIN} to ${RETENTION_YEARS_MAX}).` })
    .int(`Enter a whole number of years (${RETENTION_YEARS_MIN} to ${RETENTION_YEARS_MAX}).`)
    .min(RETENTION_YEARS_MIN, `Enter a number of years (${RETENTION_YEARS_MIN} to ${RETENTION_YEARS_MAX}).`)
    .max(RETENTION_YEARS_MAX, `Enter a number of years (${RETENTION_YEARS_MIN} to ${RETENTION_YEARS_MAX}).`),
});

export type TClinicSettingsInput = z.infer<typeof ZClinicSettingsInput>;
