import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { roleOf } from "../../tools/db/app-role";
import { prepareJobSchema } from "../../tools/db/job-schema";
import { addCheckIn, makeClinic, makePatient } from "../../tools/testing/notification-fixtures";
import { startSmtpCapture, type TSmtpCapture } from "../../tools/testing/smtp-capture";
import { useTestDatabase } from "../../tools/testing/test-database";
import { createDatabaseClient, type TDatabase } from "../db/client";
import { closeMailTransport } from "../mail/send-email";
import { deliverNotification } from "../notifications/deliver-notification";
import { unsubscribeByToken } from "../notifications/unsubscribe";
import { runReminderScan } from "../reminders/run-reminder-scan";
import { scanAndEnqueue, startJobRunner, type TJobRunner } from "./job-runner";
import { RETENTION_CRON, RETENTION_QUEUE } from "./queues";

async function until(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("the job queue (pg-boss) with reminders and email", () => {
  const database = useTestDatabase();
  let smtp: TSmtpCapture;
  let appDb: TDatabase;
  const runners: TJobRunner[] = [];
  const appUrl = () => database.appUrl ?? database.url;

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    process.env.SMTP_URL = smtp.url;
    process.env.NEXTAUTH_SECRET = "a-test-secret-that-is-long-enough-for-hmac";
    process.env.NEXTAUTH_URL = "https://clinic.example.org";
    // The schema as the owner; the workers below run as the app role, which has no DDL rights.
    await prepareJobSchema(database.url, database.appUrl ? roleOf(database.appUrl) : null);
    appDb = createDatabaseClient(appUrl());
  });
  afterAll(async () => {
    await Promise.all(runners.map((runner) => runner.stop(2_000)));
    await appDb?.$disconnect();
    closeMailTransport();
    await smtp?.close();
    delete process.env.SMTP_URL;
  });

  it("two workers scanning the same minute on one database send one email per reminder, with one-click unsubscribe headers", async () => {
    const clinic = await makeClinic(database.db);
    await database.db.reminderSettings.create({ data: { userId: clinic.clinicianId, digestMinute: 1439, timeZone: "Pacific/Kiritimati" } });
    const patients: { patientId: string; email: string }[] = [];
    for (let index = 0; index < 12; index += 1) {
      const patient = await makePatient(database.db, { clinicId: clinic.clinicId, careTeam: [clinic.clinicianId], timeZone: "UTC", createdAt: new Date("2026-01-01T00:00:00Z") });
      await addCheckIn(database.db, patient.patientId, "2026-10-05", { peg: true });
      await addCheckIn(database.db, patient.patientId, "2026-10-06");
      patients.push(patient);
    }
    // As the app role, which may not create anything: one runner with pg-boss's cron and maintenance as in production.
    const queueErrors: string[] = [];
    for (let index = 0; index < 2; index += 1) {
      runners.push(await startJobRunner({ databaseUrl: appUrl(), db: appDb, schedule: index === 0, pollingIntervalSeconds: 0.5, log: (message) => queueErrors.push(message) }));
    }
    const asOf = new Date("2026-10-07T18:00:30Z");
    await Promise.all(runners.map((runner) => scanAndEnqueue(appDb, runner.boss, asOf)));
    await Promise.all(runners.map((runner) => scanAndEnqueue(appDb, runner.boss, asOf)));

    await until(async () => (await database.db.notificationDelivery.count({ where: { status: "PENDING" } })) === 0);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const mine = smtp.messages.filter((email) => patients.some((patient) => email.to.includes(patient.email)));
    expect(mine).toHaveLength(12);
    expect(new Set(mine.map((email) => email.to[0])).size).toBe(12);
    expect(queueErrors).toEqual([]);
    const email = mine[0]!;
    expect(email.subject).toBe("Time for today's check-in");
    expect(email.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
    // Long headers are folded onto continuation lines.
    const header = /^List-Unsubscribe:\s*<(https:\/\/clinic\.example\.org\/api\/v1\/unsubscribe\/[^>]+)>\r?$/m.exec(email.raw.replace(/\r?\n[ \t]+/g, " "));
    expect(header).not.toBeNull();
    expect(email.text).toContain("https://clinic.example.org/check-in");

    // The link's token turns that kind of email off; the next day's reminder is in-app only.
    const token = decodeURIComponent(header![1]!.split("/").at(-1)!);
    const recipient = patients.find((patient) => email.to.includes(patient.email))!;
    expect(await unsubscribeByToken(appDb, token)).toEqual({ ok: true, kind: "CHECK_IN_REMINDER" });
    expect(await unsubscribeByToken(appDb, token)).toEqual({ ok: true, kind: "CHECK_IN_REMINDER" });
    expect(await unsubscribeByToken(appDb, `${token.slice(0, -2)}xx`)).toEqual({ ok: false });
    const next = await runReminderScan(appDb, new Date("2026-10-08T18:00:30Z"));
    const theirs = await database.db.notification.findMany({ where: { userId: recipient.patientId, dedupeKey: { endsWith: "2026-10-08" } }, select: { deliveries: true } });
    expect(theirs).toHaveLength(1);
    expect(theirs[0]!.deliveries).toEqual([]);
    expect(next.deliveryIds.length).toBe(11);
  });

  it("a send that fails on its last try is FAILED with the reason, and is not sent again", async () => {
    const clinic = await makeClinic(database.db);
    const patient = await makePatient(database.db, { clinicId: clinic.clinicId, careTeam: [], timeZone: "UTC" });
    const notification = await database.db.notification.create({
      data: { userId: patient.patientId, kind: "NOT_HEARD_FROM", link: "/check-in", dedupeKey: `test:${patient.patientId}`, deliveries: { create: { channel: "EMAIL" } } },
      select: { deliveries: { select: { id: true } } },
    });
    const deliveryId = notification.deliveries[0]!.id;
    process.env.SMTP_URL = "smtp://127.0.0.1:9";
    closeMailTransport();
    try {
      await expect(deliverNotification(appDb, deliveryId, { lastAttempt: false })).rejects.toThrow();
      expect(await database.db.notificationDelivery.findUniqueOrThrow({ where: { id: deliveryId }, select: { status: true, attempts: true } })).toEqual({ status: "PENDING", attempts: 1 });
      await expect(deliverNotification(appDb, deliveryId, { lastAttempt: true })).rejects.toThrow();
    } finally {
      process.env.SMTP_URL = smtp.url;
      closeMailTransport();
    }
    const failed = await database.db.notificationDelivery.findUniqueOrThrow({ where: { id: deliveryId }, select: { status: true, attempts: true, lastError: true } });
    expect(failed.status).toBe("FAILED");
    expect(failed.attempts).toBe(2);
    expect(failed.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(await deliverNotification(appDb, deliveryId, { lastAttempt: true })).toBe("already-done");
  });
});

describe("the monthly records retention review on the queue", () => {
  const database = useTestDatabase();

  it("is scheduled for the 1st of each month, and a sent job runs the review (one review per clinic per day)", async () => {
    await prepareJobSchema(database.url, database.appUrl ? roleOf(database.appUrl) : null);
    const appDb = createDatabaseClient(database.appUrl ?? database.url);
    const runner = await startJobRunner({ databaseUrl: database.appUrl ?? database.url, db: appDb, schedule: false, pollingIntervalSeconds: 0.5 });
    try {
      const schedules = await runner.boss.getSchedules();
      expect(schedules.find((schedule) => schedule.name === RETENTION_QUEUE)?.cron).toBe(RETENTION_CRON);
      await makeClinic(database.db, "Retention Clinic");
      await runner.boss.send(RETENTION_QUEUE, {});
      await until(async () => (await database.db.retentionReview.count()) > 0, 60_000);
      expect(await database.db.retentionReview.count()).toBe(await database.db.clinic.count());
    } finally {
      await runner.stop(2_000);
      await appDb.$disconnect();
    }
  });
});
