import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { parseEnv } from "../config/env";
import { NotificationKind } from "../db/generated/enums";

/*
 * One-click unsubscribe (RFC 8058) works without signing in, so the link
 * carries its own proof: "<userId>.<kind>.<mac>", an HMAC-SHA256 under a key
 * derived from NEXTAUTH_SECRET (its own HKDF "info"). It can only turn email
 * off for that one kind of that one person, so it does not expire; changing
 * NEXTAUTH_SECRET voids old links.
 */
const INFO = "backtrack unsubscribe link v1";

export type TUnsubscribeTarget = { userId: string; kind: NotificationKind };

function key(appSecret: string | undefined): Buffer {
  if (!appSecret) throw new Error("NEXTAUTH_SECRET is needed to sign unsubscribe links.");
  return Buffer.from(hkdfSync("sha256", appSecret, Buffer.alloc(0), INFO, 32));
}

function mac(target: TUnsubscribeTarget, appSecret: string | undefined): string {
  return createHmac("sha256", key(appSecret)).update(`${target.userId}.${target.kind}`).digest("base64url");
}

export function unsubscribeToken(target: TUnsubscribeTarget, appSecret = parseEnv().NEXTAUTH_SECRET): string {
  return `${target.userId}.${target.kind}.${mac(target, appSecret)}`;
}

/** The target of a genuine token, or null for anything else (no reason given: a guesser learns nothing). */
export function verifyUnsubscribeToken(token: string, appSecret = parseEnv().NEXTAUTH_SECRET): TUnsubscribeTarget | null {
  const [userId, kind, given, ...rest] = token.split(".");
  if (!userId || !kind || !given || rest.length || !(kind in NotificationKind)) return null;
  const target = { userId, kind: kind as NotificationKind };
  const expected = Buffer.from(mac(target, appSecret));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? target : null;
}
