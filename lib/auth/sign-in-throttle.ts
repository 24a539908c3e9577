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
