import { recordAccountEvent } from "../audit/record-account-event";
import type { TDatabase } from "../db/client";
import { hashPassword, needsRehash, verifyPassword } from "./password";
import { createSession } from "./sessions";
import { failureDelayMs, lockIfAtLimit, lockedUntil, purgeStaleThrottles, releaseAttempt, reserveAttempt, throttleKey } from "./sign-in-throttle";

export type TSignInResult =
  | { ok: true; userId: string; sessionId: string }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; retryAt: Date };

// Verifying against this keeps a wrong email as slow as a wrong password (same parameters as a new hash).
const DECOY_HASH = "scrypt$32768$8$3$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

/**
 * Email + password sign-in with throttling. The answer never says whether the
 * email exists: unknown email, wrong password, no password yet and a
 * deactivated account all fail the same way. The attempt is counted before the
 * password is checked (lib/auth/sign-in-throttle.ts), so a locked key costs
 * no hashing and concurrent guesses cannot slip past the limit.
 */
export async function signInWithPassword(
  db: TDatabase,
  input: { email: string; password: string; ip: string; userAgent?: string | null },
  options: { sleep?: (ms: number) => Promise<void> } = {},
): Promise<TSignInResult> {
  const email = input.email.trim().toLowerCase();
  const origin = { ip: input.ip, userAgent: input.userAgent ?? null };
  // The typed email is never stored: only the account it names, when it names one.
  const audit = (action: "auth.sign-in" | "auth.sign-in.fail", userId: string | null, reason?: "invalid" | "locked") =>
    recordAccountEvent(db, { action, userId, origin, detail: reason ? { reason } : undefined });
  const accountKey = throttleKey("account", email);
  const addressKey = throttleKey("address", input.ip);
  const [account, address] = await Promise.all([reserveAttempt(db, "account", accountKey), reserveAttempt(db, "address", addressKey)]);
  if (!account.ok || !address.ok) {
    const locks = [account, address].flatMap((reservation) => (reservation.ok ? [] : [reservation.lockedUntil.getTime()]));
    await audit("auth.sign-in.fail", await accountId(db, email), "locked");
    return { ok: false, reason: "locked", retryAt: new Date(Math.max(...locks)) };
  }

  const user = await db.user.findUnique({ where: { email }, select: { id: true, passwordHash: true, active: true } });
  const passwordMatches = await verifyPassword(input.password, user?.passwordHash ?? DECOY_HASH);
  if (user && user.active && user.passwordHash && passwordMatches) {
    await Promise.all([releaseAttempt(db, "account", accountKey), releaseAttempt(db, "address", addressKey)]);
    if (needsRehash(user.passwordHash)) {
      await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(input.password) } });
    }
    await purgeStaleThrottles(db);
    const sessionId = await createSession(db, user.id);
    await audit("auth.sign-in", user.id);
    return { ok: true, userId: user.id, sessionId };
  }

  await Promise.all([lockIfAtLimit(db, "account", accountKey, account.failures), lockIfAtLimit(db, "address", addressKey, address.failures)]);
  await (options.sleep ?? sleep)(failureDelayMs(account.failures));
  const lockedNow = await lockedUntil(db, [accountKey, addressKey]);
  await audit("auth.sign-in.fail", user?.id ?? null, lockedNow ? "locked" : "invalid");
  return lockedNow ? { ok: false, reason: "locked", retryAt: lockedNow } : { ok: false, reason: "invalid" };
}

async function accountId(db: TDatabase, email: string): Promise<string | null> {
  return (await db.user.findUnique({ where: { email }, select: { id: true } }))?.id ?? null;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
