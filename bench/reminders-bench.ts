import { performance } from "node:perf_hooks";
import { SMTPServer } from "smtp-server";
import pg from "pg";
import { createDatabaseClient } from "../lib/db/client";
import { enqueueDeliveries, startJobRunner, type TJobRunner } from "../lib/jobs/job-runner";
import { closeMailTransport } from "../lib/mail/send-email";
import { runReminderScan } from "../lib/reminders/run-reminder-scan";
import { prepareJobSchema } from "../tools/db/job-schema";
import { applyPendingMigrations } from "../tools/db/schema-engine";
import { createBenchDatabase } from "./bench-database";

/*
 * Issue 17's bench: BENCH_PATIENTS patients (10,000 by default) all due for
 * their check-in reminder in the same minute. One scan at that minute makes
 * their notifications, then BENCH_WORKERS job runners (2 by default, as two
 * instances would) send every email through a local SMTP sink that counts
 * and discards. Prints how long the scan took and the send throughput.
 *   npx tsx bench/reminders-bench.ts
 *   BENCH_PATIENTS=2000 npx tsx bench/reminders-bench.ts   # a smaller run
 */
const PATIENTS = Number(process.env.BENCH_PATIENTS ?? 10_000);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);
const BATCH = Number(process.env.BENCH_BATCH ?? 50);
const AS_OF = new Date("2026-06-10T18:00:30Z");

async function startSink(): Promise<{ url: string; count: () => number; close: () => Promise<void> }> {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      stream.on("data", () => {});
      stream.on("end", () => {
        received += 1;
        callback();
      });
    },
  });
  const port = await new Promise<number>((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.server.address() as { port: number }).port)));
  return { url: `smtp://127.0.0.1:${port}`, count: () => received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Set-based, so 10,000 patients take a second or two: a clinic, its patients (UTC, able to sign in), yesterday's check-in with this week's PEG-3. */
async function seed(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`INSERT INTO "Clinic" ("id", "name", "slug", "updatedAt") VALUES ('bench-clinic', 'Bench Spine Clinic', 'bench', now())`);
    await client.query(
      `INSERT INTO "User" ("id", "email", "name", "role", "clinicId", "passwordHash", "createdAt", "updatedAt")
       SELECT 'bench-p-' || n, 'bench-' || n || '@example.com', 'Bench Patient ' || n, 'PATIENT', 'bench-clinic', 'x', '2026-01-01', now() FROM generate_series(1, $1) AS n`,
      [PATIENTS],
    );
    await client.query(`INSERT INTO "PatientProfile" ("userId", "dateOfBirth", "timeZone", "updatedAt") SELECT "id", '1980-01-01', 'UTC', now() FROM "User" WHERE "clinicId" = 'bench-clinic'`);
    await client.query(
      `INSERT INTO "CheckIn" ("id", "patientId", "date", "painNow", "painAreas", "redFlags", "pegPain", "pegEnjoyment", "pegActivity", "updatedAt")
       SELECT 'bench-c-' || "userId", "userId", DATE '2026-06-09', 4, ARRAY['LOWER_BACK'], ARRAY[]::text[], 4, 4, 4, now() FROM "PatientProfile"`,
    );
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const database = await createBenchDatabase(process.env.DATABASE_URL);
  const sink = await startSink();
  const runners: TJobRunner[] = [];
  const db = createDatabaseClient(database.url);
  try {
    process.env.SMTP_URL = sink.url;
    process.env.NEXTAUTH_SECRET ??= "bench-only-secret-bench-only-secret-0000";
    process.env.NEXTAUTH_URL ??= "https://clinic.example.org";
    await applyPendingMigrations(database.url);
    await prepareJobSchema(database.url, null);
    let started = performance.now();
    await seed(database.url);
    console.log(`Seeded ${PATIENTS} patients in ${((performance.now() - started) / 1000).toFixed(1)} s (${database.description}).`);

    started = performance.now();
    const scan = await runReminderScan(db, AS_OF);
    const scanSeconds = (performance.now() - started) / 1000;
    console.log(`Scan: ${scan.notifications} notifications and ${scan.deliveryIds.length} email deliveries in ${scanSeconds.toFixed(1)} s.`);

    for (let index = 0; index < WORKERS; index += 1) {
      runners.push(await startJobRunner({ databaseUrl: database.url, db, schedule: false, batchSize: BATCH, pollingIntervalSeconds: 0.5, log: () => {} }));
    }
    started = performance.now();
    await enqueueDeliveries(runners[0]!.boss, scan.deliveryIds);
    const target = scan.deliveryIds.length;
    while (sink.count() < target) {
      if (performance.now() - started > 30 * 60_000) throw new Error(`Only ${sink.count()} of ${target} emails after 30 minutes.`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const sendSeconds = (performance.now() - started) / 1000;
    const sent = await db.notificationDelivery.count({ where: { status: "SENT" } });
    console.log(`Sent: ${sink.count()} emails received by the sink (${sent} marked SENT) in ${sendSeconds.toFixed(1)} s with ${WORKERS} workers, batch ${BATCH}: ${(target / sendSeconds).toFixed(0)} emails/s.`);
    console.log(`Due to delivered: ${(scanSeconds + sendSeconds).toFixed(1)} s for ${PATIENTS} patients due in the same minute.`);
  } finally {
    await Promise.all(runners.map((runner) => runner.stop(5_000)));
    closeMailTransport();
    await db.$disconnect();
    await sink.close();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
