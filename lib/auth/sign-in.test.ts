import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../prisma/seed";
import { useTestDatabase } from "../../tools/testing/test-database";
import { signInWithPassword } from "./sign-in";
import { PARAMS } from "./password";
import { purgeStaleThrottles, THROTTLE_ROW_TTL_HOURS, THROTTLE_RULES } from "./sign-in-throttle";
import { scryptSync, randomBytes } from "node:crypto";

const PASSWORD = "backtrack-demo";
const noSleep = { sleep: async () => undefined };

describe("signInWithPassword", () => {
  const database = useTestDatabase();
  beforeAll(() => seedDemoData(database.db, { password: PASSWORD }));

  it("signs in with the right password and opens a session row", async () => {
    const result = await signInWithPassword(database.db, { email: " Lee@Riverside.example ", password: PASSWORD, ip: "198.51.100.1" }, noSleep);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const session = await database.db.userSession.findUniqueOrThrow({ where: { id: result.sessionId } });
    expect(session.userId).toBe(result.userId);
    expect(session.revokedAt).toBeNull();
  });

  it("fails the same way for a wrong password and an unknown email", async () => {
    const wrong = await signInWithPassword(database.db, { email: "patel@riverside.example", password: "not the password", ip: "198.51.100.2" }, noSleep);
    const unknown = await signInWithPassword(database.db, { email: "nobody@riverside.example", password: PASSWORD, ip: "198.51.100.2" }, noSleep);
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual({ ok: false, reason: "invalid" });
  });

  it("slows down each failure and locks the account for 15 minutes after 5, even for the right password", async () => {
    const pauses: number[] = [];
    const sleep = async (ms: number) => void pauses.push(ms);
    const attempt = (password: string, ip: string) => signInWithPassword(database.db, { email: "aisha@riverside.example", password, ip }, { sleep });
    for (let failure = 1; failure < THROTTLE_RULES.account.maxFailures; failure++) {
      expect(await attempt("wrong password!", `198.51.100.${10 + failure}`)).toEqual({ ok: false, reason: "invalid" });
    }
    expect(pauses).toEqual([250, 500, 750, 1000]);
    const locked = await attempt("wrong password!", "198.51.100.20");
    expect(locked.ok === false && locked.reason).toBe("locked");
    if (locked.ok || locked.reason !== "locked") return;
    const minutes = (locked.retryAt.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);
    // The lock lives in Postgres: a right password from a new address is still refused.
    expect((await attempt(PASSWORD, "198.51.100.99")).ok).toBe(false);
  });

  it("locks an address that fails across many accounts", async () => {
    const ip = "192.0.2.200";
    for (let index = 0; index < THROTTLE_RULES.address.maxFailures; index++) {
      await signInWithPassword(database.db, { email: `guess${index}@example.com`, password: "guessing-again", ip }, noSleep);
    }
    const result = await signInWithPassword(database.db, { email: "tom@riverside.example", password: PASSWORD, ip }, noSleep);
    expect(result.ok === false && result.reason).toBe("locked");
  });

  it("refuses a deactivated account and an account with no password yet", async () => {
    await database.db.user.update({ where: { email: "kim@harbor.example" }, data: { active: false } });
    expect((await signInWithPassword(database.db, { email: "kim@harbor.example", password: PASSWORD, ip: "198.51.100.3" }, noSleep)).ok).toBe(false);
    await database.db.user.update({ where: { email: "noah@harbor.example" }, data: { passwordHash: null } });
    expect((await signInWithPassword(database.db, { email: "noah@harbor.example", password: PASSWORD, ip: "198.51.100.3" }, noSleep)).ok).toBe(false);
  });

  it("holds the limit against 40 concurrent wrong guesses: only the allowed few are checked, then even the right password is refused", async () => {
    const email = "james@riverside.example";
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, index) =>
        signInWithPassword(database.db, { email, password: `wrong guess ${index}!`, ip: `203.0.113.${index + 1}` }, noSleep),
      ),
    );
    expect(results.every((result) => !result.ok)).toBe(true);
    // At most the limit's worth of attempts got as far as a password check ("invalid"); the rest were refused up front.
    expect(results.filter((result) => !result.ok && result.reason === "invalid").length).toBeLessThan(THROTTLE_RULES.account.maxFailures);
    const right = await signInWithPassword(database.db, { email, password: PASSWORD, ip: "203.0.113.200" }, noSleep);
    expect(right.ok === false && right.reason).toBe("locked");
    const row = await database.db.signInThrottle.findUniqueOrThrow({ where: { key: "account:james@riverside.example" } });
    expect(row.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
  });

  it("re-hashes a password stored with older scrypt parameters at the next successful sign-in", async () => {
    const salt = randomBytes(16);
    const key = scryptSync(PASSWORD, salt, 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
    const old = ["scrypt", 32768, 8, 1, salt.toString("base64url"), key.toString("base64url")].join("$");
    await database.db.user.update({ where: { email: "sofia@riverside.example" }, data: { passwordHash: old } });
    expect((await signInWithPassword(database.db, { email: "sofia@riverside.example", password: PASSWORD, ip: "198.51.100.4" }, noSleep)).ok).toBe(true);
    const { passwordHash } = await database.db.user.findUniqueOrThrow({ where: { email: "sofia@riverside.example" } });
    expect(passwordHash).toMatch(new RegExp(`^scrypt\\$${PARAMS.N}\\$${PARAMS.r}\\$${PARAMS.p}\\$`));
    expect((await signInWithPassword(database.db, { email: "sofia@riverside.example", password: PASSWORD, ip: "198.51.100.4" }, noSleep)).ok).toBe(true);
  });

  it("purges throttle rows nobody touched for a day, but keeps locks in force and fresh rows", async () => {
    const now = new Date();
    const old = new Date(now.getTime() - (THROTTLE_ROW_TTL_HOURS + 1) * 3_600_000);
    await database.db.signInThrottle.createMany({
      data: [
        { key: "account:made-up-1@purge.example", failures: 1, windowStartedAt: old, updatedAt: old },
        { key: "account:stale-address@purge.example", failures: 3, windowStartedAt: old, updatedAt: old },
        { key: "account:still-locked@purge.example", failures: 0, windowStartedAt: old, updatedAt: old, lockedUntil: new Date(now.getTime() + 600_000) },
        { key: "account:fresh@purge.example", failures: 1, windowStartedAt: now, updatedAt: now },
      ],
    });
    expect(await purgeStaleThrottles(database.db, now)).toBe(2);
    const keys = (await database.db.signInThrottle.findMany({ where: { key: { endsWith: "@purge.example" } }, select: { key: true } })).map((row) => row.key);
    expect(keys.sort()).toEqual(["account:fresh@purge.example", "account:still-locked@purge.example"]);
  });
});
