import type { Database } from "../db/client";

/*
 * Failed sign-ins are counted in Postgres (never process memory), per account
 * and per address, so limits hold across app instances and restarts. Each
 * failure slows the next answer a little; at the limit the key locks.
 * Keys for unknown emails count too, so a lock reveals nothing about accounts.
 */
export const THROTTLE_RULES = {
  account: { maxFailures: 5, windowMinutes: 15, lockMinutes: 15 },
  address: { maxFailures: 20, windowMinutes: 15, lockMinutes: 15 },
} as const;

type ThrottleKind = keyof typeof THROTTLE_RULES;

export function throttleKey(kind: ThrottleKind, value: string): string {
  return `${kind}:${value.toLowerCase()}`;
}

/** The latest lock among `keys` still in force, or null. */
export async function lockedUntil(db: Database, keys: string[], now: Date = new Date()): Promise<Date | null> {
  const rows = await db.signInThrottle.findMany({ where: { key: { in: keys }, lockedUntil: { gt: now } }, select: { lockedUntil: true } });
  const times = rows.map((row) => row.lockedUntil!.getTime());
  return times.length ? new Date(Math.max(...times)) : null;
}

/** Counts one failure against `key` (atomically) and returns how many it has in the current window. */
export async function recordFailure(db: Database, kind: ThrottleKind, key: string, now: Date = new Date()): Promise<number> {
  const rule = THROTTLE_RULES[kind];
  const windowStart = new Date(now.getTime() - rule.windowMinutes * 60_000);
  const lockEnd = new Date(now.getTime() + rule.lockMinutes * 60_000);
  // One statement, so concurrent failures cannot both read the old count.
  const [row] = await db.$queryRaw<{ failures: number }[]>`
    INSERT INTO "SignInThrottle" ("key", "failures", "windowStartedAt", "updatedAt")
    VALUES (${key}, 1, ${now}, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "SignInThrottle"."windowStartedAt" < ${windowStart} THEN 1 ELSE "SignInThrottle"."failures" + 1 END,
      "windowStartedAt" = CASE WHEN "SignInThrottle"."windowStartedAt" < ${windowStart} THEN ${now} ELSE "SignInThrottle"."windowStartedAt" END,
      "updatedAt" = ${now}
    RETURNING "failures"`;
  const failures = row?.failures ?? 1;
  if (failures >= rule.maxFailures) {
    await db.signInThrottle.update({ where: { key }, data: { lockedUntil: lockEnd, failures: 0, windowStartedAt: now } });
  }
  return failures;
}

export async function clearFailures(db: Database, key: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key } });
}

/** The pause before answering a failed attempt: grows with the count, capped at 2 s. */
export function failureDelayMs(failures: number): number {
  return Math.min(2_000, 250 * failures);
}

/*
 * Reserve / lock / release: the interface of the security branch's throttle
 * (which counts an attempt before checking it, so parallel guesses cannot slip
 * past the limit). This is a minimal stand-in so two-factor codes compile and
 * run against it here; the security branch's implementation replaces it.
 */

/** Counts an attempt against `key` before it is checked, or refuses while the key is locked. */
export async function reserveAttempt(
  db: Database,
  kind: ThrottleKind,
  key: string,
  now: Date = new Date(),
): Promise<{ ok: true; failures: number } | { ok: false; lockedUntil: Date }> {
  const locked = await lockedUntil(db, [key], now);
  if (locked) return { ok: false, lockedUntil: locked };
  const windowStart = new Date(now.getTime() - THROTTLE_RULES[kind].windowMinutes * 60_000);
  const [row] = await db.$queryRaw<{ failures: number }[]>`
    INSERT INTO "SignInThrottle" ("key", "failures", "windowStartedAt", "updatedAt")
    VALUES (${key}, 1, ${now}, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "SignInThrottle"."windowStartedAt" < ${windowStart} THEN 1 ELSE "SignInThrottle"."failures" + 1 END,
      "windowStartedAt" = CASE WHEN "SignInThrottle"."windowStartedAt" < ${windowStart} THEN ${now} ELSE "SignInThrottle"."windowStartedAt" END,
      "updatedAt" = ${now}
    RETURNING "failures"`;
  return { ok: true, failures: row?.failures ?? 1 };
}

/** After a failed attempt: locks `key` when its reserved attempts reached the limit. */
export async function lockIfAtLimit(db: Database, kind: ThrottleKind, key: string, failures: number, now: Date = new Date()): Promise<void> {
  const rule = THROTTLE_RULES[kind];
  if (failures < rule.maxFailures) return;
  await db.signInThrottle.updateMany({ where: { key }, data: { lockedUntil: new Date(now.getTime() + rule.lockMinutes * 60_000), failures: 0, windowStartedAt: now } });
}

/** After a successful attempt: the reservation does not count as a failure. */
export async function releaseAttempt(db: Database, kind: ThrottleKind, key: string): Promise<void> {
  void kind;
  await db.signInThrottle.updateMany({ where: { key, failures: { gt: 0 } }, data: { failures: { decrement: 1 } } });
}
