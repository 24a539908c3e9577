import type { TDatabase } from "../db/client";
import { invitationUrl } from "../invitations/invitation-tokens";
import { issueInvitation, type TIssuedInvitation } from "../invitations/issue-invitation";

type Tx = Pick<TDatabase, "invitation">;

/*
 * The first admin's one-time set-up link is an ordinary invitation, issued
 * by the admin's own account (nobody else exists yet). Kept behind this one
 * wrapper so the reworked invitations (statuses, email only) can replace it.
 */
export function issueSetUpLink(tx: Tx, adminId: string, now: Date): Promise<TIssuedInvitation> {
  return issueInvitation(tx, { userId: adminId, createdById: adminId, now });
}

export function setUpLinkUrl(token: string, publicAddress: string): string {
  return invitationUrl(token, publicAddress);
}
