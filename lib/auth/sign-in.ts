import type { Database } from "../db/client";
import { verifyPassword } from "./password";
import { createSession } from "./sessions";
import { clearFailures, failureDelayMs, lockedUntil, recordFailure, throttleKey } from "./sign-in-throttle";

export type SignInResult =
  | { ok: true; userId: string; sessionId: string }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; retryAt: Date };

// Verifying against this keeps a wrong email as slow as a wrong password.
const DECOY_HASH = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

/**
 * Email + password sign-in with throttling. The answer never says whether the
 * email exists: unknown email, wrong password, no password yet and a
 * deactivated account all fail the same way.
 */
export async function signInWithPassword(
  db: Database,
  input: { email: string; password: string; ip: string },
  options: { sleep?: (ms: number) => Promise<void> } = {},
): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const accountKey = throttleKey("account", email);
  const addressKey = throttleKey("address", input.ip);
  const locked = await lockedUntil(db, [accountKey, addressKey]);
  if (locked) return { ok: false, reason: "locked", retryAt: locked };

  const user = await db.user.findUnique({ where: { email }, select: { id: true, passwordHash: true, active: true } });
  const passwordMatches = await verifyPassword(input.password, user?.passwordHash ?? DECOY_HASH);
  if (user && user.active && user.passwordHash && passwordMatches) {
    await clearFailures(db, accountKey);
    return { ok: true, userId: user.id, sessionId: await createSession(db, user.id) };
  }

  const [accountFailures] = await Promise.all([recordFailure(db, "account", accountKey), recordFailure(db, "address", addressKey)]);
  await (options.sleep ?? sleep)(failureDelayMs(accountFailures));
  const lockedNow = await lockedUntil(db, [accountKey, addressKey]);
  return lockedNow ? { ok: false, reason: "locked", retryAt: lockedNow } : { ok: false, reason: "invalid" };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
