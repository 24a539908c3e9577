import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../prisma/seed";
import { createSession, resumeSession } from "../auth/sessions";
import { signInWithPassword } from "../auth/sign-in";
import { createCalendarFeed } from "../calendar/calendar-feeds";
import { TryLaterError } from "../errors/domain-errors";
import { listPatientAccess } from "../audit/list-patient-access";
import { closeMailTransport } from "../mail/send-email";
import { startSmtpCapture, type TSmtpCapture } from "../../tools/testing/smtp-capture";
import { TEST_ORIGIN } from "../../tools/testing/demo-mail";
import { useTestDatabase } from "../../tools/testing/test-database";
import { viewerFor } from "../../tools/testing/viewers";
import { completePasswordReset } from "./complete-password-reset";
import { findPasswordReset } from "./password-reset-tokens";
import { requestPasswordReset } from "./request-password-reset";

const tokenIn = (text: string) => /\/reset-password\/([A-Za-z0-9_-]{43})/.exec(text)?.[1] ?? "";
const from = (ip: string) => ({ ip, userAgent: "vitest" });

describe("password reset by email", () => {
  const database = useTestDatabase();
  let smtp: TSmtpCapture;
  beforeAll(async () => {
    await seedDemoData(database.db, { password: "backtrack-demo" });
    smtp = await startSmtpCapture();
    process.env.SMTP_URL = smtp.url;
  });
  afterAll(async () => {
    delete process.env.SMTP_URL;
    closeMailTransport();
    await smtp.close();
  });

  it("emails a single-use link valid for an hour that sets a new password, ends every session and calendar link, and is audited", async () => {
    const ken = await viewerFor(database.db, "ken@riverside.example");
    const session = await createSession(database.db, ken.userId);
    const feed = await createCalendarFeed(database.db, ken, ken.userId, TEST_ORIGIN);
    expect(feed.url).toBeTruthy();

    const answer = await requestPasswordReset(database.db, { email: " KEN@riverside.example", origin: TEST_ORIGIN, clientAddress: from("198.51.100.30") });
    await answer.delivery;
    const email = await smtp.waitFor("ken@riverside.example");
    expect(email.subject).toBe("Reset your BackTrack password");
    const token = tokenIn(email.text);
    expect(token).toHaveLength(43);
    expect(await database.db.passwordResetToken.count({ where: { tokenHash: token } })).toBe(0); // only the hash is stored
    expect((await findPasswordReset(database.db, token, new Date(Date.now() + 61 * 60_000))).status).toBe("expired");

    await expect(completePasswordReset(database.db, { token, password: "short" }, from("198.51.100.30"))).rejects.toMatchObject({ fields: { password: [expect.stringMatching(/12/)] } });
    expect(await completePasswordReset(database.db, { token, password: "new shoes on an old road" }, from("198.51.100.30"))).toEqual({ email: "ken@riverside.example" });
    expect(await resumeSession(database.db, session)).toBeNull();
    expect(await database.db.calendarFeed.count({ where: { patientId: ken.userId, revokedAt: null } })).toBe(0);
    expect((await signInWithPassword(database.db, { email: "ken@riverside.example", password: "new shoes on an old road", ip: "198.51.100.30" })).ok).toBe(true);
    expect((await signInWithPassword(database.db, { email: "ken@riverside.example", password: "backtrack-demo", ip: "198.51.100.30" })).ok).toBe(false);

    await expect(completePasswordReset(database.db, { token, password: "another new long password" }, from("198.51.100.30"))).rejects.toMatchObject({ status: 409 });
    const actions = (await listPatientAccess(database.db, ken, ken.userId)).map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(["auth.password-reset.request", "auth.password-reset"]));
  });

  it("answers the same for an unknown address, sends nothing, and stores nothing about it", async () => {
    const before = smtp.messages.length;
    const events = await database.db.auditEvent.count();
    const known = await requestPasswordReset(database.db, { email: "james@riverside.example", origin: TEST_ORIGIN, clientAddress: from("198.51.100.31") });
    const unknown = await requestPasswordReset(database.db, { email: "nobody@example.com", origin: TEST_ORIGIN, clientAddress: from("198.51.100.31") });
    await Promise.all([known.delivery, unknown.delivery]);
    expect(Object.keys(unknown)).toEqual(Object.keys(known));
    expect(unknown.requested).toBe(known.requested);
    await smtp.waitFor("james@riverside.example", { after: before });
    expect(smtp.messages.slice(before).flatMap((message) => message.to)).toEqual(["james@riverside.example"]);
    expect(await database.db.auditEvent.count()).toBe(events + 1); // the known account's request only
  });

  it("a newer link replaces the older one", async () => {
    const before = smtp.messages.length;
    await (await requestPasswordReset(database.db, { email: "tom@riverside.example", origin: TEST_ORIGIN, clientAddress: from("198.51.100.32") })).delivery;
    const first = tokenIn((await smtp.waitFor("tom@riverside.example", { after: before })).text);
    const middle = smtp.messages.length;
    await (await requestPasswordReset(database.db, { email: "tom@riverside.example", origin: TEST_ORIGIN, clientAddress: from("198.51.100.32") })).delivery;
    const second = tokenIn((await smtp.waitFor("tom@riverside.example", { after: middle })).text);
    expect((await findPasswordReset(database.db, first)).status).toBe("expired");
    expect((await findPasswordReset(database.db, second)).status).toBe("valid");
  });

  it("is throttled per address typed (known or not) and per client address", async () => {
    for (const email of ["aisha@riverside.example", "ghost@example.com"]) {
      for (let attempt = 0; attempt < 5; attempt++) await requestPasswordReset(database.db, { email, origin: TEST_ORIGIN, clientAddress: from(`198.51.100.${40 + attempt}`) });
      await expect(requestPasswordReset(database.db, { email, origin: TEST_ORIGIN, clientAddress: from("198.51.100.99") })).rejects.toBeInstanceOf(TryLaterError);
    }
    for (let attempt = 0; attempt < 20; attempt++) {
      await requestPasswordReset(database.db, { email: `someone-${attempt}@example.com`, origin: TEST_ORIGIN, clientAddress: from("203.0.113.50") });
    }
    await expect(requestPasswordReset(database.db, { email: "fresh@example.com", origin: TEST_ORIGIN, clientAddress: from("203.0.113.50") })).rejects.toBeInstanceOf(TryLaterError);
  });
});
