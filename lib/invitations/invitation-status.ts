/** What the inviter sees of an invitation; never the link itself. Client-safe: no server imports. */
export const INVITATION_STATUSES = ["not-sent", "sent", "opened", "accepted", "expired"] as const;
export type TInvitationStatus = (typeof INVITATION_STATUSES)[number];

export const INVITATION_STATUS_WORDS: Record<TInvitationStatus, string> = {
  "not-sent": "Email not sent (the mail server did not take it): send it again",
  sent: "Invitation sent",
  opened: "Invitation opened, no password set yet",
  accepted: "Accepted",
  expired: "Invitation expired",
};

export function invitationStatus(invitation: { usedAt: Date | null; expiresAt: Date; openedAt: Date | null; sentAt: Date | null }, now: Date = new Date()): TInvitationStatus {
  if (invitation.usedAt) return "accepted";
  if (invitation.expiresAt <= now) return "expired";
  if (invitation.openedAt) return "opened";
  return invitation.sentAt ? "sent" : "not-sent";
}
