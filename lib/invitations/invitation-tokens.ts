import { createHash, randomBytes } from "node:crypto";
import { parseEnv } from "../config/env";

/** A 256-bit random token for the link; only its hash is stored, so a database leak reveals no usable link. */
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function invitationExpiry(now: Date = new Date()): Date {
  return new Date(now.getTime() + parseEnv().INVITATION_TTL_HOURS * 3_600_000);
}

/** NEXTAUTH_URL when set (the public address), else the address the request came in on. */
export function invitationUrl(token: string, requestOrigin: string): string {
  const base = parseEnv().NEXTAUTH_URL ?? requestOrigin;
  return new URL(`/invite/${token}`, base).toString();
}
