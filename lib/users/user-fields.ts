import { z } from "zod";

/** Emails are stored lower-cased, so one address is one account whatever its case. */
export const ZEmailAddress = z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address."));

/** A person's name, trimmed; `missing` is the message when it is left empty (it names whose name). */
export function personNameSchema(missing: string) {
  return z.string().trim().min(1, missing).max(120, "Use at most 120 characters.");
}
