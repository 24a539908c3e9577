import type { TDatabase } from "../db/client";

/*
 * Failed sign-ins are counted in Postgres (never process memory), per account
 * and per address, so limits hold across app instances and restarts. Each
 * failure slows the next answer a little; at the limit the key locks.
 * Keys for unknown emails count too, so a lock reveals nothing about accounts.
 *
 * Every attempt is reserved (counted) atomically BEFORE the password is
 * verified, so many concurrent guesses cannot all be checked before the lock
 * starts: past the limit a reservation is refused without hashing anything.
 * A successful attempt gives its reservation back.
 */
export const THROTTLE_RULES = {
  account: { maxFailures: 5, windowMinutes: 15, lockMinutes: 15 },
  address: { maxFailures: 20, windowMinutes: 15, lockMinutes: 15 },
} as const;

/** Rows untouched for this long and not locked are deleted (made-up emails and addresses would otherwise pile up). */
export const THROTTLE_ROW_TTL_HOURS = 24;

export type TThrottleKind = keyof typeof THROTTLE_RULES;

export function throttleKey(kind: TThrottleKind, value: string): string {
  return `${kind}:${value.toLowerCase()}`;
}

export type TReservation = { ok: true; failures: number } | { ok: false; lockedUntil: Date };

/**
 * Counts one attempt against `key` in one statement and says whether it may
 * go ahead: refused while a lock is in force, and refused (locking the key)
 * when the attempt would go past the limit.
 */
export async function reserveAttempt(db: TDatabase, kind: TThrottleKind, key: string, now: Date = new Date()): Promise<TReservation> {
  const rule = THROTTLE_RULES[kind];
  const windowStart = new Date(now.getTime() - rule.windowMinutes * 60_000);
  const lockEnd = new Date(now.getTime() + rule.lockMinutes * 60_000);
  const [row] = await db.$queryRaw<{ failures: number; lockedUntil: Date | null }[]>`
    INSERT INTO "SignInThrottle" ("key", "failures", "windowStartedAt", "updatedAt")
    VALUES (${key}, 1, ${now}, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE
        WHEN "SignInThrottle"."lockedUntil" > ${now} THEN "SignInThrottle"."failures"
        WHEN "SignInThrottle"."windowStartedAt" < ${windowStart} OR "SignInThrottle"."lockedUntil" IS NOT NULL THEN 1
        ELSE "SignInThrottle"."failures" + 1 END,
      "windowStartedAt" = CASE
        WHEN "SignInThrottle"."lockedUntil" > ${now} THEN "SignInThrottle"."windowStartedAt"
        WHEN "SignInThrottle"."windowStartedAt" < ${windowStart} OR "SignInThrottle"."lockedUntil" IS NOT NULL THEN ${now}
        ELSE "SignInThrottle"."windowStartedAt" END,
      "lockedUntil" = CASE
        WHEN "SignInThrottle"."lockedUntil" > ${now} THEN "SignInThrottle"."lockedUntil"
        WHEN "SignInThrottle"."windowStartedAt" >= ${windowStart} AND "SignInThrottle"."lockedUntil" IS NULL
          AND "SignInThrottle"."failures" + 1 > ${rule.maxFailures} THEN ${lockEnd}
        ELSE NULL END,
      "updatedAt" = ${now}
    RETURNING "failures", "lockedUntil"`;
  if (row?.lockedUntil && row.lockedUntil > now) return { ok: false, lockedUntil: row.lockedUntil };
  return { ok: true, failures: row?.failures ?? 1 };
}

/** After a failed attempt: at the limit, the key locks. */
export async function lockIfAtLimit(db: TDatabase, kind: TThrottleKind, key: string, failures: number, now: Date = new Date()): Promise<void> {
  const rule = THROTTLE_RULES[kind];
  if (failures < rule.maxFailures) return;
  const lockEnd = new Date(now.getTime() + rule.lockMinutes * 60_000);
  await db.signInThrottle.updateMany({ where: { key }, data: { lockedUntil: lockEnd, updatedAt: now } });
}

/** A successful attempt gives its reservation back (an account's failures are forgotten). */
export async function releaseAttempt(db: TDatabase, kind: TThrottleKind, key: string): Promise<void> {
  if (kind === "account") {
    await db.signInThrottle.deleteMany({ where: { key, OR: [{ lockedUntil: null }, { lockedUntil: { lte: new Date() } }] } });
    return;
  }
  await db.$executeRaw`UPDATE "SignInThrottle" SET "failures" = GREATEST("failures" - 1, 0) WHERE "key" = ${key} AND "lockedUntil" IS NULL`;
}

/** The latest lock among `keys` still in force, or null. */
export async function lockedUntil(db: TDatabase, keys: string[], now: Date = new Date()): Promise<Date | null> {
  const rows = await db.signInThrottle.findMany({ where: { key: { in: keys }, lockedUntil: { gt: now } }, select: { lockedUntil: true } });
  const times = rows.map((row) => row.lockedUntil!.getTime());
  return times.length ? new Date(Math.max(...times)) : null;
}

/** Deletes rows nobody has touched for a day and that hold no lock; answers how many went. */
export async function purgeStaleThrottles(db: TDatabase, now: Date = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - THROTTLE_ROW_TTL_HOURS * 3_600_000);
  return db.$executeRaw`
    DELETE FROM "SignInThrottle" WHERE "key" IN (
      SELECT "key" FROM "SignInThrottle"
      WHERE "updatedAt" < ${cutoff} AND ("lockedUntil" IS NULL OR "lockedUntil" < ${now})
      LIMIT 1000)`;
}

/** The pause before answering a failed attempt: grows with the count, capped at 2 s. */
export function failureDelayMs(failures: number): number {
  return Math.min(2_000, 250 * failures);
}
