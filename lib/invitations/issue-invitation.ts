import type { TDatabase } from "../db/client";
import { invitationExpiry, newInvitationToken } from "./invitation-tokens";

type Tx = Pick<TDatabase, "invitation">;

export interface TIssuedInvitation {
  token: string;
  tokenHash: string;
  expiresAt: Date;
}

/** A fresh single-use link for `userId`; earlier unused links for them stop working. */
export async function issueInvitation(tx: Tx, input: { userId: string; createdById: string | null; now?: Date }): Promise<TIssuedInvitation> {
  const now = input.now ?? new Date();
  await tx.invitation.updateMany({ where: { userId: input.userId, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
  const { token, tokenHash } = newInvitationToken();
  const expiresAt = invitationExpiry(now);
  await tx.invitation.create({ data: { tokenHash, userId: input.userId, createdById: input.createdById, expiresAt, createdAt: now } });
  return { token, tokenHash, expiresAt };
}
