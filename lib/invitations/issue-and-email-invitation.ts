import type { TDatabase } from "../db/client";
import { sendEmail } from "../mail/send-email";
import { existingAccountEmail, invitationEmail } from "./invitation-emails";
import { invitationUrl } from "./invitation-tokens";
import { invitationStatus, type TInvitationStatus } from "./invitation-status";
import { issueInvitation } from "./issue-invitation";

export interface TInvitationDelivery {
  status: TInvitationStatus;
  /** The address the inviter typed (what they see). */
  email: string;
  expiresAt: Date;
  /**
   * The link, for the operator's terminal of `npm run clinic -- create` only:
   * API answers and pages never carry it (invitationSentJson leaves it out).
   */
  url: string;
}

/**
 * Issues a new single-use link for `userId` (earlier unused links stop
 * working) and emails it to them. An account made for an address that already
 * has one elsewhere (lib/invitations/account-collision.ts) gets no link: its
 * owner is told instead, and the inviter sees the same "sent" as for anyone.
 * A mail failure is logged without the address and shows as "not sent".
 * `createdById` is null when no person issued it (a clinic's first admin).
 */
export async function issueAndEmailInvitation(
  db: TDatabase,
  input: { userId: string; createdById: string | null; origin: string; now?: Date },
): Promise<TInvitationDelivery> {
  const now = input.now ?? new Date();
  const user = await db.user.findUniqueOrThrow({
    where: { id: input.userId },
    select: { email: true, invitedEmail: true, name: true, clinic: { select: { name: true } } },
  });
  const issued = await issueInvitation(db, { userId: input.userId, createdById: input.createdById, now });
  const url = invitationUrl(issued.token, input.origin);
  const email = user.invitedEmail
    ? existingAccountEmail({ to: user.invitedEmail, clinicName: user.clinic.name })
    : invitationEmail({ to: user.email, name: user.name, clinicName: user.clinic.name, url, expiresAt: issued.expiresAt });
  let sentAt: Date | null = null;
  try {
    await sendEmail(email, { db });
    sentAt = new Date();
    await db.invitation.update({ where: { tokenHash: issued.tokenHash }, data: { sentAt } });
  } catch (error) {
    console.error(`Could not email an invitation: ${error instanceof Error ? error.message : String(error)}`);
  }
  return {
    status: invitationStatus({ usedAt: null, openedAt: null, expiresAt: issued.expiresAt, sentAt }, now),
    email: user.invitedEmail ?? user.email,
    expiresAt: issued.expiresAt,
    url,
  };
}

/** What an API answer may say about a delivery: never the link. */
export function invitationSentJson(delivery: TInvitationDelivery): { status: TInvitationStatus; email: string; expiresAt: string } {
  return { status: delivery.status, email: delivery.email, expiresAt: delivery.expiresAt.toISOString() };
}
