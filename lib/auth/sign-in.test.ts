import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../prisma/seed";
import { useTestDatabase } from "../../tools/testing/test-database";
import { signInWithPassword } from "./sign-in";
import { THROTTLE_RULES } from "./sign-in-throttle";

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
});
