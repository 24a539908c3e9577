import { z } from "zod";
import { calendarDateField, pastCalendarDateField } from "../dates/calendar-date-field";
import { Condition } from "../db/generated/enums";
import { ZEmailAddress, personNameSchema } from "../users/user-fields";

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** A new patient, as a clinician enters them. One schema for the form and the API. */
export const ZCreatePatient = z
  .object({
    name: personNameSchema("Enter the patient's name."),
    email: ZEmailAddress,
    dateOfBirth: calendarDateField("date of birth"),
    onsetDate: pastCalendarDateField("date the pain began", "The pain cannot begin in the future."),
    primaryCondition: z.enum(Condition, { error: "Choose the primary condition." }),
    timeZone: z.string().refine(isValidTimeZone, "Choose a valid time zone.").default("UTC"),
  })
  .superRefine((value, context) => {
    const today = new Date().toISOString().slice(0, 10);
    if (value.dateOfBirth > today) context.addIssue({ code: "custom", path: ["dateOfBirth"], message: "The date of birth cannot be in the future." });
    if (value.dateOfBirth < "1900-01-01") context.addIssue({ code: "custom", path: ["dateOfBirth"], message: "Check the year of birth." });
    if (value.onsetDate < value.dateOfBirth) context.addIssue({ code: "custom", path: ["onsetDate"], message: "The pain cannot begin before birth." });
  });

export type TCreatePatient = z.infer<typeof ZCreatePatient>;
