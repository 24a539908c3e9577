import { generate } from "otplib";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { seedDemoData } from "../../prisma/seed";
import { NotFoundError } from "../errors/domain-errors";
import { resetStaffTwoFactor } from "../staff/reset-two-factor";
import { useTestDatabase } from "../../tools/testing/test-database";
import { viewerFor } from "../../tools/testing/viewers";
import type { TDatabase } from "../db/client";
import { createSession, resumeSession } from "./sessions";
import { confirmTwoFactorSetup, startTwoFactorSetup, verifyTwoFactor } from "./two-factor";
import type { TViewer } from "./viewer-types";

const codeAt = (secret: string, at: Date) => generate({ secret, epoch: Math.floor(at.getTime() / 1000) });
const later = (at: Date, seconds: number) => new Date(at.getTime() + seconds * 1000);

/** A clinician who is not a demo account (two-factor required), signed in with a password in a new session. */
async function newClinician(db: TDatabase, email: string, clinicSlug = "riverside"): Promise<TViewer> {
  const clinic = await db.clinic.findUniqueOrThrow({ where: { slug: clinicSlug } });
  await db.user.create({ data: { email, name: "Dr. Test", role: "CLINICIAN", clinicId: clinic.id } });
  return signedIn(db, email);
}

async function signedIn(db: TDatabase, email: string): Promise<TViewer> {
  const viewer = await viewerFor(db, email);
  return { ...viewer, sessionId: await createSession(db, viewer.userId) };
}

describe("two-factor sign-in", () => {
  const database = useTestDatabase();
  beforeAll(async () => {
    vi.stubEnv("NEXTAUTH_SECRET", "test-secret-test-secret-test-secret-0000");
    await seedDemoData(database.db, { password: "backtrack-demo" });
  });

  it("a new clinician sets it up before anything else, keeps only hashes, and enters a code in each new session", async () => {
    const db = database.db;
    const viewer = await newClinician(db, "setup@riverside.example.org");
    expect((await resumeSession(db, viewer.sessionId, new Date(), "demo"))?.secondStep).toBe("setup");

    const setup = await startTwoFactorSetup(db, viewer);
    expect(setup.qrSvg).toMatch(/^<svg/);
    expect((await startTwoFactorSetup(db, viewer)).secret).toBe(setup.secret);
    const now = new Date();
    await expect(confirmTwoFactorSetup(db, viewer, "000000", now)).rejects.toMatchObject({ status: 400, fields: { code: [expect.any(String)] } });
    const { recoveryCodes } = await confirmTwoFactorSetup(db, viewer, await codeAt(setup.secret, now), now);
    expect(recoveryCodes).toHaveLength(10);
    expect((await resumeSession(db, viewer.sessionId, now, "demo"))?.secondStep).toBeNull();

    const stored = await db.user.findUniqueOrThrow({ where: { id: viewer.userId }, include: { recoveryCodes: true } });
    expect(stored.twoFactorSecret).not.toContain(setup.secret);
    expect(stored.twoFactorPendingSecret).toBeNull();
    expect(JSON.stringify(stored)).not.toContain(recoveryCodes[0]!.replace("-", ""));
    expect(JSON.stringify(stored)).not.toContain(recoveryCodes[0]!);
    await expect(startTwoFactorSetup(db, viewer)).rejects.toMatchObject({ status: 409 });

    const next = await signedIn(db, viewer.email);
    expect((await resumeSession(db, next.sessionId, now, "demo"))?.secondStep).toBe("verify");
    const inAMinute = later(now, 60);
    await verifyTwoFactor(db, next, await codeAt(setup.secret, inAMinute), inAMinute);
    expect((await resumeSession(db, next.sessionId, inAMinute, "demo"))?.secondStep).toBeNull();
    // The same code again (another browser, seconds later) is refused: a code works once.
    const third = await signedIn(db, viewer.email);
    await expect(verifyTwoFactor(db, third, await codeAt(setup.secret, inAMinute), later(inAMinute, 5))).rejects.toMatchObject({ status: 400 });
  });

  it("each recovery code signs in once", async () => {
    const db = database.db;
    const viewer = await newClinician(db, "recovery@riverside.example.org");
    const setup = await startTwoFactorSetup(db, viewer);
    const { recoveryCodes } = await confirmTwoFactorSetup(db, viewer, await codeAt(setup.secret, new Date()));
    const first = await signedIn(db, viewer.email);
    expect(await verifyTwoFactor(db, first, recoveryCodes[3]!.toUpperCase())).toEqual({ recoveryCodesLeft: 9 });
    expect((await resumeSession(db, first.sessionId, new Date(), "live"))?.secondStep).toBeNull();
    const second = await signedIn(db, viewer.email);
    await expect(verifyTwoFactor(db, second, recoveryCodes[3]!)).rejects.toMatchObject({ status: 400 });
    expect((await resumeSession(db, second.sessionId, new Date(), "live"))?.secondStep).toBe("verify");
  });

  it("locks after 5 wrong codes: the 6th is refused even when right", async () => {
    const db = database.db;
    const viewer = await newClinician(db, "guesser@riverside.example.org");
    const setup = await startTwoFactorSetup(db, viewer);
    const now = new Date();
    await confirmTwoFactorSetup(db, viewer, await codeAt(setup.secret, now), now);
    const session = await signedIn(db, viewer.email);
    const right = await codeAt(setup.secret, later(now, 30));
    const wrong = right === "123456" ? "654321" : "123456";
    for (let attempt = 1; attempt <= 5; attempt++) {
      await expect(verifyTwoFactor(db, session, wrong, later(now, 30))).rejects.toMatchObject({ status: 400 });
    }
    await expect(verifyTwoFactor(db, session, right, later(now, 30))).rejects.toMatchObject({ status: 429, code: "locked" });
    expect((await resumeSession(db, session.sessionId, later(now, 30), "demo"))?.secondStep).toBe("verify");
  });

  it("a demo patient may turn it on; demo staff are exempt in demo mode only", async () => {
    const db = database.db;
    const lee = await signedIn(db, "lee@riverside.example");
    expect((await resumeSession(db, lee.sessionId, new Date(), "demo"))?.secondStep).toBeNull();
    expect((await resumeSession(db, lee.sessionId, new Date(), "live"))?.secondStep).toBe("setup");
    const noah = await signedIn(db, "noah@harbor.example");
    const setup = await startTwoFactorSetup(db, noah);
    await confirmTwoFactorSetup(db, noah, await codeAt(setup.secret, new Date()));
    expect((await resumeSession(db, noah.sessionId, new Date(), "demo"))?.secondStep).toBeNull();
    expect((await resumeSession(db, (await signedIn(db, noah.email)).sessionId, new Date(), "demo"))?.secondStep).toBe("verify");
  });

  it("an admin resets a staff member's two-factor sign-in: audited with the person, their sessions end; not across clinics", async () => {
    const db = database.db;
    const viewer = await newClinician(db, "lostphone@riverside.example.org");
    const setup = await startTwoFactorSetup(db, viewer);
    await confirmTwoFactorSetup(db, viewer, await codeAt(setup.secret, new Date()));
    const admin = await viewerFor(db, "admin@riverside.example");
    expect(await resetStaffTwoFactor(db, admin, viewer.userId)).toEqual({ reset: true });
    expect(await resumeSession(db, viewer.sessionId)).toBeNull();
    const user = await db.user.findUniqueOrThrow({ where: { id: viewer.userId }, include: { recoveryCodes: true } });
    expect(user).toMatchObject({ twoFactorSecret: null, twoFactorEnabledAt: null, recoveryCodes: [] });
    expect((await resumeSession(db, (await signedIn(db, viewer.email)).sessionId, new Date(), "demo"))?.secondStep).toBe("setup");
    expect(await db.auditEvent.findMany({ where: { action: "staff.two-factor.reset" }, select: { actorId: true, subjectUserId: true, patientId: true } })).toEqual([
      { actorId: admin.userId, subjectUserId: viewer.userId, patientId: null },
    ]);

    const harbor = await db.clinic.findUniqueOrThrow({ where: { slug: "harbor" } });
    await db.user.create({ data: { email: "admin@harbor.example.org", name: "Harbor Admin", role: "ADMIN", clinicId: harbor.id } });
    const otherAdmin = await viewerFor(db, "admin@harbor.example.org");
    await expect(resetStaffTwoFactor(db, otherAdmin, viewer.userId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(resetStaffTwoFactor(db, await viewerFor(db, "lee@riverside.example"), viewer.userId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(resetStaffTwoFactor(db, admin, (await viewerFor(db, "maria@riverside.example")).userId)).rejects.toBeInstanceOf(NotFoundError);
  });
});
