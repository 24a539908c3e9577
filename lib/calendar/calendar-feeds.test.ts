import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../prisma/seed";
import { loadLibrary } from "../content/load-library";
import { syncCatalog } from "../content/sync-catalog";
import { changePassword } from "../auth/change-password";
import { createSession } from "../auth/sessions";
import { NotFoundError } from "../errors/domain-errors";
import { acceptInvitation } from "../invitations/accept-invitation";
import { createPatient } from "../patients/create-patient";
import { ZCreatePatient } from "../patients/patient-input";
import { useTestDatabase } from "../../tools/testing/test-database";
import { viewerFor } from "../../tools/testing/viewers";
import { calendarForToken, createCalendarFeed, getCalendarFeedStatus, revokeCalendarFeed } from "./calendar-feeds";
import { emailedToken, TEST_ORIGIN } from "../../tools/testing/demo-mail";

const ORIGIN = "http://localhost:3000";
const tokenOf = (url: string) => /\/api\/v1\/calendar\/([A-Za-z0-9_-]+)\.ics$/.exec(url)![1]!;

describe("private calendar links", () => {
  const database = useTestDatabase();
  const idOf = async (email: string) => (await database.db.user.findUniqueOrThrow({ where: { email } })).id;
  beforeAll(async () => {
    await syncCatalog(database.db, loadLibrary());
    await seedDemoData(database.db, { password: "backtrack-demo" });
  });

  it("gives the patient a link whose token alone reads their exercise calendar, stored only as a hash", async () => {
    const james = await viewerFor(database.db, "james@riverside.example");
    const jamesId = await idOf("james@riverside.example");
    expect(await getCalendarFeedStatus(database.db, james, jamesId)).toEqual({ active: false, createdAt: null });
    const { url } = await createCalendarFeed(database.db, james, jamesId, ORIGIN);
    expect(url).toMatch(/^http:\/\/localhost:3000\/api\/v1\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const token = tokenOf(url);
    const stored = await database.db.calendarFeed.findFirstOrThrow({ where: { patientId: jamesId } });
    expect(stored.tokenHash).not.toContain(token);
    expect((await getCalendarFeedStatus(database.db, james, jamesId)).active).toBe(true);

    const calendar = await calendarForToken(database.db, token, ORIGIN);
    const events = new ICAL.Component(ICAL.parse(calendar!)).getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
    expect(events.some((event) => event.summary.startsWith("Home exercises"))).toBe(true);
    expect(events.filter((event) => event.summary === "BackTrack weekly check-in")).toHaveLength(1);
  });

  it("a new link or turning it off makes the old one stop working", async () => {
    const james = await viewerFor(database.db, "james@riverside.example");
    const jamesId = await idOf("james@riverside.example");
    const first = tokenOf((await createCalendarFeed(database.db, james, jamesId, ORIGIN)).url);
    const second = tokenOf((await createCalendarFeed(database.db, james, jamesId, ORIGIN)).url);
    expect(await calendarForToken(database.db, first, ORIGIN)).toBeNull();
    expect(await calendarForToken(database.db, second, ORIGIN)).not.toBeNull();
    expect(await database.db.calendarFeed.count({ where: { patientId: jamesId, revokedAt: null } })).toBe(1);
    expect(await revokeCalendarFeed(database.db, james, jamesId)).toEqual({ active: false, createdAt: null });
    expect(await calendarForToken(database.db, second, ORIGIN)).toBeNull();
    expect(await calendarForToken(database.db, "not-a-token-at-all-but-long-enough", ORIGIN)).toBeNull();
  });

  it("only the patient manages their link: not another patient, not a clinician, not an admin", async () => {
    const jamesId = await idOf("james@riverside.example");
    for (const email of ["maria@riverside.example", "lee@riverside.example", "kim@harbor.example", "admin@riverside.example"]) {
      const viewer = await viewerFor(database.db, email);
      await expect(createCalendarFeed(database.db, viewer, jamesId, ORIGIN), email).rejects.toBeInstanceOf(NotFoundError);
      await expect(revokeCalendarFeed(database.db, viewer, jamesId), email).rejects.toBeInstanceOf(NotFoundError);
      await expect(getCalendarFeedStatus(database.db, viewer, jamesId), email).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it("ends when the password changes or is set through an invitation link", async () => {
    const db = database.db;
    const ken = await viewerFor(db, "ken@riverside.example");
    const feed = tokenOf((await createCalendarFeed(db, ken, ken.userId, ORIGIN)).url);
    const here = { ...ken, sessionId: await createSession(db, ken.userId) };
    await changePassword(db, here, { currentPassword: "backtrack-demo", newPassword: "quiet harbour at dawn" });
    expect(await calendarForToken(db, feed, ORIGIN)).toBeNull();
    expect((await getCalendarFeedStatus(db, ken, ken.userId)).active).toBe(false);

    const lee = await viewerFor(db, "lee@riverside.example");
    const { patientId } = await createPatient(
      db,
      lee,
      ZCreatePatient.parse({ name: "Rosa Diaz", email: "rosa@example.com", dateOfBirth: "1970-05-01", onsetDate: "2026-11-20", primaryCondition: "LOW_BACK_PAIN", timeZone: "UTC" }),
      { origin: TEST_ORIGIN },
    );
    // A link left from before the password was set (e.g. an account set up again) stops too.
    const { tokenHash } = await import("../security/secret-token").then((tokens) => tokens.newSecretToken());
    await db.calendarFeed.create({ data: { patientId, tokenHash } });
    await acceptInvitation(db, { token: await emailedToken(db, "rosa@example.com"), password: "quiet harbour at dusk" });
    expect(await db.calendarFeed.count({ where: { patientId, revokedAt: null } })).toBe(0);
  });
});
