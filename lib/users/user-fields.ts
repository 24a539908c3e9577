import { z } from "zod";
import type { TDatabase } from "../db/client";
import { InvalidInputError } from "../errors/domain-errors";

/** Emails are stored lower-cased, so one address is one account whatever its case. */
export const ZEmailAddress = z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address."));

/** A person's name, trimmed; `missing` is the message when it is left empty (it names whose name). */
export function personNameSchema(missing: string) {
  return z.string().trim().min(1, missing).max(120, "Use at most 120 characters.");
}

/** Refuses, with a message for the email field, an address that already has an account. */
export async function assertEmailAvailable(db: Pick<TDatabase, "user">, email: string): Promise<void> {
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
    throw new InvalidInputError({ email: ["Someone with this email already has a BackTrack account."] }, 409);
  }
}
