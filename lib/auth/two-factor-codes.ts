import { randomInt } from "node:crypto";
import { generateSecret, generateURI, verify } from "otplib";
import { hashSecretToken } from "../security/secret-token";

/*
 * Time-based one-time codes as RFC 6238 and authenticator apps define them:
 * HMAC-SHA1, 6 digits, 30-second steps. One step either side is accepted, so
 * a code typed as it changes, or a phone clock a little off, still works
 * (RFC 6238 section 5.2 suggests at most one step of drift).
 */
export const TOTP_PERIOD_SECONDS = 30;
const TOLERANCE_SECONDS = TOTP_PERIOD_SECONDS;
const ISSUER = "BackTrack";

export const RECOVERY_CODE_COUNT = 10;
// No 0/o, 1/l/i: recovery codes are read off paper.
const RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

export function newTotpSecret(): string {
  return generateSecret();
}

export function totpUri(secret: string, accountEmail: string): string {
  return generateURI({ issuer: ISSUER, label: accountEmail, secret, period: TOTP_PERIOD_SECONDS, digits: 6 });
}

/**
 * The time step a 6-digit `code` matches (within one step of `now`), or null.
 * Steps at or before `lastTimeStep` are refused, so an accepted code cannot be replayed.
 */
export async function matchTotp(secret: string, code: string, now: Date, lastTimeStep: number | null): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: TOLERANCE_SECONDS,
    period: TOTP_PERIOD_SECONDS,
    ...(lastTimeStep === null ? {} : { afterTimeStep: lastTimeStep }),
  });
  return result.valid && "timeStep" in result ? result.timeStep : null;
}

/** Ten codes of 10 letters and digits (about 50 bits each), shown as "abcde-fghjk". */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const letters = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join("");
    return `${letters.slice(0, 5)}-${letters.slice(5)}`;
  });
}

/** Typed codes may differ in case, spaces and dashes from the printed ones. */
export function normalizeRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, "");
}

/** What is stored: the hash of the user's id with the code (a high-entropy random value, so one SHA-256 is enough). */
export function hashRecoveryCode(userId: string, code: string): string {
  return hashSecretToken(`${userId}:${normalizeRecoveryCode(code)}`);
}
