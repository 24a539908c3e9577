import QRCode from "qrcode";
import { ApiError } from "../api/api-error";
import type { TDatabase } from "../db/client";
import { InvalidInputError } from "../errors/domain-errors";
import { hashRecoveryCode, matchTotp, newRecoveryCodes, newTotpSecret, normalizeRecoveryCode, totpUri } from "./two-factor-codes";
import { decryptTwoFactorSecret, encryptTwoFactorSecret } from "./two-factor-secret";
import { lockIfAtLimit, releaseAttempt, reserveAttempt, throttleKey } from "./sign-in-throttle";
import type { TViewer } from "./viewer-types";

/*
 * The second sign-in step. Clinicians and admins see many patients' health
 * data, so a stolen password alone must not open it: staff set up a TOTP app
 * at their first sign-in (required in live mode; demo accounts are exempt in
 * demo mode so the demo stays two commands away). Patients may turn it on.
 * Until a session passes the step it is "half signed in": lib/auth/viewer.ts
 * treats it as signed out everywhere but the two-factor pages and endpoints.
 */


const WRONG_CODE = "That code is not right. Check your app and try again, or use a recovery code.";

export type TTwoFactorSetup = { secret: string; otpauthUri: string; qrSvg: string };

/**
 * The secret to add to an authenticator app (as a QR code and as text). Kept
 * as pending until confirmed with a code; a reload shows the same one, so a
 * code from an app that already scanned it still works.
 */
export async function startTwoFactorSetup(db: TDatabase, viewer: TViewer): Promise<TTwoFactorSetup> {
  const user = await db.user.findUniqueOrThrow({ where: { id: viewer.userId }, select: { email: true, twoFactorEnabledAt: true, twoFactorPendingSecret: true } });
  // A half-signed-in session must not replace a working authenticator: that would skip the second step.
  if (user.twoFactorEnabledAt) throw new InvalidInputError({ code: ["Two-factor sign-in is already on for this account."] }, 409);
  let secret = user.twoFactorPendingSecret ? decryptTwoFactorSecret(user.twoFactorPendingSecret) : null;
  if (!secret) {
    secret = newTotpSecret();
    await db.user.update({ where: { id: viewer.userId }, data: { twoFactorPendingSecret: encryptTwoFactorSecret(secret) } });
  }
  const otpauthUri = totpUri(secret, user.email);
  const qrSvg = await QRCode.toString(otpauthUri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return { secret, otpauthUri, qrSvg };
}

/** Turns two-factor sign-in on with a code from the new app; answers the recovery codes, shown this once. */
export async function confirmTwoFactorSetup(db: TDatabase, viewer: TViewer, code: string, now: Date = new Date()): Promise<{ recoveryCodes: string[] }> {
  const user = await db.user.findUniqueOrThrow({ where: { id: viewer.userId }, select: { twoFactorEnabledAt: true, twoFactorPendingSecret: true } });
  if (user.twoFactorEnabledAt) throw new InvalidInputError({ code: ["Two-factor sign-in is already on for this account."] }, 409);
  if (!user.twoFactorPendingSecret) throw new InvalidInputError({ code: ["Start the set-up first: open the two-factor set-up page."] }, 409);
  const typed = code.trim();
  // Malformed input cannot match, so it is refused without counting as a guess.
  if (!/^\d{6}$/.test(typed)) throw new InvalidInputError({ code: ["Enter the 6 digits the app shows."] });
  const secret = decryptTwoFactorSecret(user.twoFactorPendingSecret);
  const timeStep = await throttled(db, viewer.userId, now, () => matchTotp(secret, typed, now, null));
  const recoveryCodes = newRecoveryCodes();
  await db.$transaction(async (tx) => {
    const enabled = await tx.user.updateMany({
      where: { id: viewer.userId, twoFactorEnabledAt: null, twoFactorPendingSecret: user.twoFactorPendingSecret },
      data: { twoFactorSecret: user.twoFactorPendingSecret, twoFactorPendingSecret: null, twoFactorEnabledAt: now, twoFactorLastTimeStep: timeStep },
    });
    if (enabled.count !== 1) throw new InvalidInputError({ code: ["Two-factor sign-in was just set up in another window."] }, 409);
    await tx.twoFactorRecoveryCode.deleteMany({ where: { userId: viewer.userId } });
    await tx.twoFactorRecoveryCode.createMany({ data: recoveryCodes.map((recoveryCode) => ({ userId: viewer.userId, codeHash: hashRecoveryCode(viewer.userId, recoveryCode), createdAt: now })) });
    await tx.userSession.updateMany({ where: { id: viewer.sessionId, userId: viewer.userId }, data: { twoFactorVerifiedAt: now } });
  });
  return { recoveryCodes };
}

/** The second step at sign-in: a code from the app, or one of the recovery codes (each works once). */
export async function verifyTwoFactor(db: TDatabase, viewer: TViewer, code: string, now: Date = new Date()): Promise<{ recoveryCodesLeft: number }> {
  const user = await db.user.findUniqueOrThrow({ where: { id: viewer.userId }, select: { twoFactorSecret: true, twoFactorEnabledAt: true, twoFactorLastTimeStep: true } });
  if (!user.twoFactorEnabledAt || !user.twoFactorSecret) throw new InvalidInputError({ code: ["Two-factor sign-in is not on for this account."] }, 409);
  const typed = code.trim();
  const isTotp = /^\d{6}$/.test(typed);
  if (!isTotp && normalizeRecoveryCode(typed).length !== 10) {
    throw new InvalidInputError({ code: ["Enter the 6-digit code from your app, or a recovery code like abcde-fghjk."] });
  }
  const secret = decryptTwoFactorSecret(user.twoFactorSecret);
  await throttled(db, viewer.userId, now, async () => {
    if (isTotp) {
      const timeStep = await matchTotp(secret, typed, now, user.twoFactorLastTimeStep);
      if (timeStep === null) return null;
      // Only if no other request took this step first: a code works once.
      const claimed = await db.user.updateMany({
        where: { id: viewer.userId, OR: [{ twoFactorLastTimeStep: null }, { twoFactorLastTimeStep: { lt: timeStep } }] },
        data: { twoFactorLastTimeStep: timeStep },
      });
      return claimed.count === 1 ? "totp" : null;
    }
    const used = await db.twoFactorRecoveryCode.updateMany({ where: { userId: viewer.userId, codeHash: hashRecoveryCode(viewer.userId, typed), usedAt: null }, data: { usedAt: now } });
    return used.count === 1 ? "recovery" : null;
  });
  await db.userSession.updateMany({ where: { id: viewer.sessionId, userId: viewer.userId }, data: { twoFactorVerifiedAt: now } });
  return { recoveryCodesLeft: await db.twoFactorRecoveryCode.count({ where: { userId: viewer.userId, usedAt: null } }) };
}

/**
 * Codes are throttled like passwords (same limits, per account): 10^6 codes
 * with three valid at a time would otherwise fall to guessing.
 */
async function throttled<T>(db: TDatabase, userId: string, now: Date, check: () => Promise<T | null>): Promise<T> {
  const key = throttleKey("account", `2fa:${userId}`);
  const attempt = await reserveAttempt(db, "account", key, now);
  if (!attempt.ok) throw lockedError(attempt.lockedUntil);
  const result = await check();
  if (result !== null) {
    await releaseAttempt(db, "account", key);
    return result;
  }
  await lockIfAtLimit(db, "account", key, attempt.failures, now);
  throw new InvalidInputError({ code: [WRONG_CODE] });
}

function lockedError(until: Date): ApiError {
  const seconds = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
  return new ApiError(429, "locked", `Too many wrong codes. Try again after ${until.toISOString().slice(11, 16)} UTC.`, { code: ["Too many wrong codes."] }, {
    "Retry-After": String(seconds),
  });
}
