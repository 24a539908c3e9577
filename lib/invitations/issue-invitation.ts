import type { Database } from "../db/client";
import { invitationExpiry, newInvitationToken } from "./invitation-tokens";

type Tx = Pick<Database, "invitation">;

export interface IssuedInvitation {
  token: string;
  expiresAt: Date;
}

/** A fresh single-use link for `userId`; earlier unused links for them stop working. */
export async function issueInvitation(tx: Tx, input: { userId: string; createdById: string; now?: Date }): Promise<IssuedInvitation> {
  const now = input.now ?? new Date();
  await tx.invitation.updateMany({ where: { userId: input.userId, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
  const { token, tokenHash } = newInvitationToken();
  const expiresAt = invitationExpiry(now);
  await tx.invitation.create({ data: { tokenHash, userId: input.userId, createdById: input.createdById, expiresAt, createdAt: now } });
  return { token, expiresAt };
}
