import type { TDatabase } from "../db/client";
import type { Role } from "../db/generated/enums";
import { hashInvitationToken } from "./invitation-tokens";

export type TInvitationLookup =
  | { status: "valid"; name: string; email: string; expiresAt: Date; role: Role }
  | { status: "used" | "expired" | "invalid" };

/** What an invitation link is worth. A tampered or unknown token is simply "invalid". */
export async function findInvitation(db: TDatabase, token: string, now: Date = new Date()): Promise<TInvitationLookup> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { status: "invalid" };
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: { usedAt: true, expiresAt: true, user: { select: { name: true, email: true, active: true, role: true } } },
  });
  if (!invitation || !invitation.user.active) return { status: "invalid" };
  if (invitation.usedAt) return { status: "used" };
  if (invitation.expiresAt <= now) return { status: "expired" };
  return { status: "valid", name: invitation.user.name, email: invitation.user.email, expiresAt: invitation.expiresAt, role: invitation.user.role };
}

/** Records the first time a valid link's page was loaded, so the inviter sees "opened". */
export async function markInvitationOpened(db: TDatabase, token: string, now: Date = new Date()): Promise<void> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return;
  await db.invitation.updateMany({ where: { tokenHash: hashInvitationToken(token), openedAt: null, usedAt: null, expiresAt: { gt: now } }, data: { openedAt: now } });
}
