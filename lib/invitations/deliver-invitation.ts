import type { TDatabase } from "../db/client";
import { sendInvitationEmail } from "../mail/send-invitation-email";
import type { TIssuedInvitation } from "./issue-invitation";
import { invitationUrl } from "./invitation-tokens";

/** The link for the person who made the invitation to copy or print, also emailed when SMTP is set up. */
export async function deliverInvitation(
  db: TDatabase,
  input: { userId: string; invitation: TIssuedInvitation; requestOrigin: string },
): Promise<{ invitationUrl: string; expiresAt: string; emailed: boolean }> {
  const user = await db.user.findUniqueOrThrow({ where: { id: input.userId }, select: { email: true, name: true, clinic: { select: { name: true } } } });
  const url = invitationUrl(input.invitation.token, input.requestOrigin);
  const emailed = await sendInvitationEmail({ to: user.email, name: user.name, clinicName: user.clinic.name, url, expiresAt: input.invitation.expiresAt });
  return { invitationUrl: url, expiresAt: input.invitation.expiresAt.toISOString(), emailed };
}
