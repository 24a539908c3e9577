import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../prisma/seed";
import { useTestDatabase } from "../../tools/testing/test-database";
import { createSession, resumeSession, revokeSessions } from "./sessions";

describe("sessions", () => {
  const database = useTestDatabase();
  let userId: string;
  beforeAll(async () => {
    await seedDemoData(database.db, { password: "backtrack-demo" });
    userId = (await database.db.user.findUniqueOrThrow({ where: { email: "maria@riverside.example" } })).id;
  });
  const minutes = (start: Date, count: number) => new Date(start.getTime() + count * 60_000);

  it("stays valid while used, and ends after 30 minutes idle", async () => {
    const start = new Date("2026-11-24T08:00:00Z");
    const id = await createSession(database.db, userId, start);
    expect((await resumeSession(database.db, id, minutes(start, 29)))?.id).toBe(userId);
    // Being used at minute 29 moved the idle clock on.
    expect(await resumeSession(database.db, id, minutes(start, 58))).not.toBeNull();
    expect(await resumeSession(database.db, id, minutes(start, 58 + 31))).toBeNull();
  });

  it("ends after 12 hours however active", async () => {
    const start = new Date("2026-11-24T08:00:00Z");
    const id = await createSession(database.db, userId, start);
    for (let minute = 20; minute < 12 * 60; minute += 20) expect(await resumeSession(database.db, id, minutes(start, minute))).not.toBeNull();
    expect(await resumeSession(database.db, id, minutes(start, 12 * 60 + 1))).toBeNull();
  });

  it("ends every session but the kept one on revocation, and all of them on deactivation", async () => {
    const now = new Date();
    const [kept, other] = [await createSession(database.db, userId, now), await createSession(database.db, userId, now)];
    await revokeSessions(database.db, userId, { exceptId: kept });
    expect(await resumeSession(database.db, other)).toBeNull();
    expect(await resumeSession(database.db, kept)).not.toBeNull();
    await database.db.user.update({ where: { id: userId }, data: { active: false } });
    expect(await resumeSession(database.db, kept)).toBeNull();
  });
});
