import { createHash, randomBytes } from "node:crypto";
import { getEnv } from "../config/env";

/**
 * A 256-bit random token for a link that grants something by itself (an
 * invitation, a calendar feed). Only its hash is stored, so a database leak
 * reveals no usable link.
 */
export function newSecretToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashSecretToken(token) };
}

export function hashSecretToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** `path` on the portal's public address: NEXTAUTH_URL when set, else the address the request came in on. */
export function publicUrl(path: string, requestOrigin: string): string {
  return new URL(path, getEnv().NEXTAUTH_URL ?? requestOrigin).toString();
}
