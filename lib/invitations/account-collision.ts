import { randomUUID } from "node:crypto";
import type { TDatabase } from "../db/client";
import type { Role } from "../db/generated/enums";
import { InvalidInputError } from "../errors/domain-errors";

/** Placeholder login emails end here: `.invalid` is reserved (RFC 2606), so nothing is ever delivered to one. */
export const PLACEHOLDER_EMAIL_DOMAIN = "account-exists.invalid";

export interface TNewAccountEmail {
  /** The login email stored on the new user. */
  email: string;
  /** The typed address when it already has an account the inviter may not know about. */
  invitedEmail: string | null;
}

/**
 * Decides the email of a new account so that adding someone never reveals
 * another clinic's users (issue 15). An address the inviter can already see
 * (a person of the same kind in their own clinic) is refused with a field
 * message, as before. Any other existing account gets the same answer as a new
 * person: the record is made with a placeholder login email and the typed
 * address kept in `invitedEmail`; the address owner is told by email
 * (lib/invitations/issue-and-email-invitation.ts) and the invitation simply
 * stays unaccepted, as if ignored. User.email stays globally unique and a user
 * belongs to one clinic.
 */
export async function emailForNewAccount(
  db: Pick<TDatabase, "user">,
  input: { email: string; clinicId: string; visibleRoles: readonly Role[] },
): Promise<TNewAccountEmail> {
  // The inviter's own clinic first: a record they made earlier for this address (placeholder or real) is theirs to see.
  const existing =
    (await db.user.findFirst({ where: { clinicId: input.clinicId, OR: [{ email: input.email }, { invitedEmail: input.email }] }, select: { clinicId: true, role: true } })) ??
    (await db.user.findUnique({ where: { email: input.email }, select: { clinicId: true, role: true } }));
  if (!existing) return { email: input.email, invitedEmail: null };
  if (existing.clinicId === input.clinicId && input.visibleRoles.includes(existing.role)) {
    throw new InvalidInputError({ email: ["Someone in your clinic already uses this email."] }, 409);
  }
  return { email: `${randomUUID()}@${PLACEHOLDER_EMAIL_DOMAIN}`, invitedEmail: input.email };
}
