import { performance } from "node:perf_hooks";
import path from "node:path";
import { seedDemoData } from "../prisma/seed";
import { listClinicPatients } from "../lib/patients/list-clinic-patients";
import { createDatabaseClient } from "../lib/db/client";
import { removeEmbeddedPostgres, startEmbeddedPostgres } from "../tools/db/embedded-postgres";
import { applyPendingMigrations } from "../tools/db/schema-engine";
import { runOnServer, withDatabase } from "../tools/testing/database-global-setup";
import { viewerFor } from "../tools/testing/viewers";
import { fillEpisodeSummaries } from "./fill-episode-summaries";

/*
 * The clinician's patient list at clinic scale: two clinics of PATIENTS
 * patients each (so the scope has to do its work), with check-ins, alerts,
 * plans and exercise logs, then each kind of list query, timed in the lib
 * function (three SQL queries each), one at a time and 16 at once.
 * `npx tsx bench/patient-list-bench.ts`; DATABASE_URL (a role with CREATEDB)
 * is used when set, else a throwaway embedded PostgreSQL.
 */

const PATIENTS = Number(process.env.BENCH_PATIENTS ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 100);
const CONCURRENCY = 16;
const DATABASE = "backtrack_bench";

const SCENARIOS: { name: string; query: Record<string, string> }[] = [
  { name: "first page, by name", query: {} },
  { name: "page 200, by name", query: { page: "200" } },
  { name: "search by name fragment", query: { q: "son 12" } },
  { name: "search by email fragment", query: { q: "patient-77" } },
  { name: "phase = subacute", query: { phase: "SUBACUTE" } },
  { name: "condition = sciatica, by onset", query: { condition: "SCIATICA", sort: "onset", dir: "desc" } },
  { name: "sort by condition, page 50", query: { sort: "condition", page: "50" } },
  { name: "red flag to review (alert=1), emergency first", query: { alert: "1" } },
  { name: "emergency red flag (alert=emergency)", query: { alert: "emergency" } },
  { name: "sort by red flag, whole clinic", query: { sort: "redFlag" } },
  { name: "no check-in for 7+ days (quiet=1)", query: { quiet: "1" } },
  { name: "sort by last check-in", query: { sort: "lastCheckIn" } },
  { name: "chronicity risk (risk=1)", query: { risk: "1" } },
  { name: "worse than first week (worse=1)", query: { worse: "1" } },
];

const CONDITIONS = ["LOW_BACK_PAIN", "MUSCLE_STRAIN", "HERNIATED_DISC", "SCIATICA", "PINCHED_NERVE", "SPINAL_OSTEOARTHRITIS", "SPINAL_STENOSIS", "POSTERIOR_LEG_PAIN_AFTER_RUNNING"];

async function addPatients(url: string, clinicSlug: string, prefix: string): Promise<void> {
  // Set-based inserts: 10,000 patients in well under a second, with episodes of every age and condition.
  await runOnServer(
    url,
    `WITH clinic AS (SELECT id FROM "Clinic" WHERE slug = '${clinicSlug}'),
     people AS (
       INSERT INTO "User" (id, email, name, role, "clinicId", "passwordHash", "updatedAt")
       SELECT '${prefix}-' || n, '${prefix}-patient-' || n || '@bench.example',
              (ARRAY['Ana','Ben','Chen','Dara','Eli','Fatima','Gus','Hana'])[1 + n % 8] || ' ' ||
              (ARRAY['Smith','Jones','Garcia','Nguyen','Okafor','Patel','Kowalski','Larson'])[1 + (n / 8) % 8] || 'son ' || n,
              'PATIENT', (SELECT id FROM clinic), CASE WHEN n % 3 = 0 THEN NULL ELSE 'x' END, now()
       FROM generate_series(1, ${PATIENTS}) AS n
       RETURNING id),
     profiles AS (
       INSERT INTO "PatientProfile" ("userId", "dateOfBirth", "timeZone", "updatedAt")
       SELECT id, DATE '1970-01-01' + (random() * 15000)::int, 'America/New_York', now() FROM people
       RETURNING "userId")
     INSERT INTO "Episode" (id, "patientId", "onsetDate", "primaryCondition", status, "updatedAt")
     SELECT 'ep-' || "userId", "userId", CURRENT_DATE - (random() * 200)::int,
            ((ARRAY[${CONDITIONS.map((condition) => `'${condition}'`).join(",")}])[1 + (random() * 7)::int])::"Condition", 'ACTIVE', now()
     FROM profiles`,
  );
  // What the list shows beside each name: check-ins on about half the days of the last 60 (one patient in ten
  // never checks in, one in five stopped 8 to 37 days ago), an alert for one in 50 (half of them reviewed), and
  // for every other patient a 4-exercise plan started up to 40 days ago, marked done on about 70% of the last 14 days.
  await runOnServer(
    url,
    `INSERT INTO "CheckIn" (id, "patientId", "episodeId", date, "painNow", "painAreas", "redFlags", "updatedAt")
     SELECT '${prefix}-' || n || '-c' || d, '${prefix}-' || n, 'ep-${prefix}-' || n, CURRENT_DATE - d, (random() * 10)::int, '{}', '{}', now()
     FROM generate_series(1, ${PATIENTS}) AS n CROSS JOIN generate_series(0, 59) AS d
     WHERE n % 10 <> 1 AND d >= CASE WHEN n % 5 = 0 THEN 8 + n % 30 ELSE 0 END AND random() < 0.5;
     INSERT INTO "RedFlagAlert" (id, "patientId", "checkInId", flags, "reviewedAt")
     SELECT DISTINCT ON ("patientId") id || '-a', "patientId", id, '{WORSENING_LEG_WEAKNESS}', CASE WHEN random() < 0.5 THEN now() END
     FROM "CheckIn" WHERE "patientId" LIKE '${prefix}-%' AND split_part("patientId", '-', 2)::int % 50 = 0
     ORDER BY "patientId", date DESC;
     INSERT INTO "Exercise" (id, slug, name, "bodyArea", goals, equipment, conditions, "defaultSets", "defaultTimesPerDay", "defaultDaysPerWeek", "contentHash", "updatedAt")
     VALUES ('bench-exercise', 'bench-exercise', 'Bench exercise', 'back', '{}', '{}', '{}', 1, 1, 7, 'bench', now()) ON CONFLICT DO NOTHING;
     INSERT INTO "ExercisePlan" (id, "patientId", "episodeId", title, "startDate", "createdById")
     SELECT '${prefix}-' || n || '-plan', '${prefix}-' || n, 'ep-${prefix}-' || n, 'Bench plan', CURRENT_DATE - (n % 41), (SELECT id FROM "User" WHERE email = 'lee@riverside.example')
     FROM generate_series(2, ${PATIENTS}, 2) AS n;
     INSERT INTO "ExercisePlanVersion" (id, "planId", number, "effectiveFrom", "createdById")
     SELECT id || '-v1', id, 1, "startDate", "createdById" FROM "ExercisePlan" WHERE id LIKE '${prefix}-%';
     INSERT INTO "ExercisePlanItem" (id, "versionId", "exerciseId", position, sets, "timesPerDay", "daysPerWeek", "fromWeek", "toWeek")
     SELECT v.id || '-i' || k, v.id, 'bench-exercise', k, 1, 1, CASE WHEN k = 3 THEN 4 ELSE 7 END, CASE WHEN k = 2 THEN 2 ELSE 1 END, NULL
     FROM "ExercisePlanVersion" v CROSS JOIN generate_series(0, 3) AS k WHERE v.id LIKE '${prefix}-%';
     INSERT INTO "ExerciseLog" (id, "patientId", "planItemId", date, outcome, "updatedAt")
     SELECT i.id || '-l' || d, pl."patientId", i.id, CURRENT_DATE - d, 'DONE', now()
     FROM "ExercisePlanItem" i JOIN "ExercisePlanVersion" v ON v.id = i."versionId" JOIN "ExercisePlan" pl ON pl.id = v."planId"
     CROSS JOIN generate_series(0, 13) AS d
     WHERE pl.id LIKE '${prefix}-%' AND CURRENT_DATE - d >= pl."startDate" AND random() < 0.7`,
  );
  await runOnServer(url, `ANALYZE`);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

function summary(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 50).toFixed(1)} ms · p95 ${percentile(sorted, 95).toFixed(1)} ms · max ${sorted.at(-1)!.toFixed(1)} ms`;
}

async function main(): Promise<void> {
  const dataDir = path.resolve(".data/bench");
  let serverUrl = process.env.DATABASE_URL;
  let stop = async () => {};
  if (!serverUrl) {
    await removeEmbeddedPostgres(dataDir);
    const server = await startEmbeddedPostgres({ dataDir, port: 0, ephemeral: true });
    serverUrl = server.url;
    stop = async () => {
      await server.stop();
      await removeEmbeddedPostgres(dataDir);
    };
  }
  const url = withDatabase(serverUrl, DATABASE);
  await runOnServer(serverUrl, `DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await runOnServer(serverUrl, `CREATE DATABASE ${DATABASE}`);
  const db = createDatabaseClient(url);
  try {
    await applyPendingMigrations(url);
    await seedDemoData(db, { password: "backtrack-bench-only" });
    const seeded = performance.now();
    await addPatients(url, "riverside", "rv");
    await addPatients(url, "harbor", "hb");
    const loaded = performance.now();
    // The check-ins were written in bulk, past saveCheckIn: their trend summaries are filled in batches
    // (what refreshMissingEpisodeSummaries does one patient at a time, ~80 s per 10,000 patients).
    const summarized = await fillEpisodeSummaries(url);
    await runOnServer(url, `ANALYZE`);
    const [checkIns, logs] = await Promise.all([db.checkIn.count(), db.exerciseLog.count()]);
    console.log(
      `Seeded 2 clinics x ${PATIENTS} patients (${checkIns} check-ins, ${logs} exercise logs) in ${((loaded - seeded) / 1000).toFixed(1)} s, ` +
        `then ${summarized} trend summaries in ${((performance.now() - loaded) / 1000).toFixed(1)} s; ${ROUNDS} rounds per query.\n`,
    );
    const lee = await viewerFor(db, "lee@riverside.example");

    for (const scenario of SCENARIOS) {
      const page = await listClinicPatients(db, lee, scenario.query);
      const serial: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const started = performance.now();
        await listClinicPatients(db, lee, scenario.query);
        serial.push(performance.now() - started);
      }
      const concurrent: number[] = [];
      for (let round = 0; round < ROUNDS / 4; round++) {
        await Promise.all(
          Array.from({ length: CONCURRENCY }, async () => {
            const started = performance.now();
            await listClinicPatients(db, lee, scenario.query);
            concurrent.push(performance.now() - started);
          }),
        );
      }
      console.log(`${scenario.name} (${page.total} matches)`);
      console.log(`  one at a time: ${summary(serial)}`);
      console.log(`  ${CONCURRENCY} at once:    ${summary(concurrent)}`);
    }
  } finally {
    await db.$disconnect();
    await runOnServer(serverUrl, `DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
    await stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
