import { z } from "zod";
import { pastCalendarDateField } from "../dates/calendar-date-field";
import type { TCalendarDate } from "../dates/calendar-date";
import { Condition } from "../db/generated/enums";
import { InvalidInputError } from "../errors/domain-errors";

/**
 * An episode's onset and condition, as a clinician enters them: for a new
 * episode and for correcting the current one (both fields, always; a form
 * sends both, and a correction that changes nothing is accepted).
 */
export const ZEpisodeInput = z.object({
  onsetDate: pastCalendarDateField("date the pain began", "The pain cannot begin in the future."),
  primaryCondition: z.enum(Condition, { error: "Choose the primary condition." }),
});

export type TEpisodeInput = z.infer<typeof ZEpisodeInput>;


/** The rule that needs the patient's record: pain begins on or after the day they were born. */
export function assertOnsetNotBeforeBirth(onsetDate: TCalendarDate, dateOfBirth: TCalendarDate): void {
  if (onsetDate < dateOfBirth) throw new InvalidInputError({ onsetDate: [`The pain cannot begin before birth (${dateOfBirth}).`] });
}
