import type { TDatabase } from "../db/client";
import { invitationUrl } from "../invitations/invitation-tokens";
import { issueInvitation, type TIssuedInvitation } from "../invitations/issue-invitation";

type Tx = Pick<TDatabase, "invitation">;

/*
 * The first admin's one-time set-up link is an ordinary invitation that no
 * person issued (the operator's command has no account), so its creator is
 * empty, as lib/invitations/issue-and-email-invitation.ts allows.
 */
export function issueSetUpLink(tx: Tx, adminId: string, now: Date): Promise<TIssuedInvitation> {
  return issueInvitation(tx, { userId: adminId, createdById: null, now });
}

export function setUpLinkUrl(token: string, publicAddress: string): string {
  return invitationUrl(token, publicAddress);
}
