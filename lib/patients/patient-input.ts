import { z } from "zod";
import { Condition } from "../db/generated/enums";
import { ZEmailAddress, ZPersonName } from "../users/user-fields";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const calendarDate = (label: string) =>
  z
    .string()
    .regex(ISO_DATE, `Enter the ${label} as a date (YYYY-MM-DD).`)
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), `The ${label} is not a real date.`);

/** A new patient, as a clinician enters them. One schema for the form and the API. */
export const ZCreatePatient = z
  .object({
    name: ZPersonName("Enter the patient's name."),
    email: ZEmailAddress,
    dateOfBirth: calendarDate("date of birth"),
    onsetDate: calendarDate("date the pain began"),
    primaryCondition: z.enum(Condition, { error: "Choose the primary condition." }),
    timeZone: z.string().refine(isValidTimeZone, "Choose a valid time zone.").default("UTC"),
  })
  .superRefine((value, context) => {
    const today = new Date().toISOString().slice(0, 10);
    if (value.dateOfBirth > today) context.addIssue({ code: "custom", path: ["dateOfBirth"], message: "The date of birth cannot be in the future." });
    if (value.dateOfBirth < "1900-01-01") context.addIssue({ code: "custom", path: ["dateOfBirth"], message: "Check the year of birth." });
    // A day of slack for time zones ahead of UTC.
    if (value.onsetDate > new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)) {
      context.addIssue({ code: "custom", path: ["onsetDate"], message: "The pain cannot begin in the future." });
    }
    if (value.onsetDate < value.dateOfBirth) context.addIssue({ code: "custom", path: ["onsetDate"], message: "The pain cannot begin before birth." });
  });

export type TCreatePatient = z.infer<typeof ZCreatePatient>;
