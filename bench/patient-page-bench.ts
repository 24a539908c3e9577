import { performance } from "node:perf_hooks";
import path from "node:path";
import { seedDemoData } from "../prisma/seed";
import { listPatientAccessPage } from "../lib/audit/list-patient-access-page";
import { recordPatientPageVisit } from "../lib/audit/record-page-visit";
import type { TViewer } from "../lib/auth/viewer-types";
import { listCheckInPage } from "../lib/checkins/list-check-in-page";
import { getLibrary } from "../lib/content/load-library";
import { syncCatalog } from "../lib/content/sync-catalog";
import { createDatabaseClient, type TDatabase } from "../lib/db/client";
import { getEpisodeTrend } from "../lib/episodes/get-episode-trend";
import { getWeeklyAdherence } from "../lib/exercise-log/get-weekly-adherence";
import { getPatientRecord } from "../lib/patients/get-patient-record";
import { getPatientPlans } from "../lib/plans/get-patient-plans";
import { listProgressionSuggestions } from "../lib/progression/list-progression-suggestions";
import { listOpenRedFlagAlerts } from "../lib/red-flags/list-open-alerts";
import { removeEmbeddedPostgres, startEmbeddedPostgres } from "../tools/db/embedded-postgres";
import { applyPendingMigrations } from "../tools/db/schema-engine";
import { runOnServer, withDatabase } from "../tools/testing/database-global-setup";
import { viewerFor } from "../tools/testing/viewers";

/*
 * The server's work for the clinician's patient page (issue 22): for Ken
 * (demo), the reads each section awaits, as the page makes them (the visit
 * recorded first, then the record, then the section's reads in parallel),
 * with CLINICIANS clinicians opening pages at once. React rendering and HTTP
 * are not in these figures; `npm run bench` measures whole requests.
 * `npx tsx bench/patient-page-bench.ts`; BENCH_ROUNDS, BENCH_AUDIT_EVENTS and
 * BENCH_CLINICIANS change the size; DATABASE_URL (a role with CREATEDB) is
 * used when set, else a throwaway embedded PostgreSQL.
 */

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);
const AUDIT_EVENTS = Number(process.env.BENCH_AUDIT_EVENTS ?? 20_000);
const CLINICIANS = Number(process.env.BENCH_CLINICIANS ?? 8);
const DATABASE = "backtrack_bench_patient_page";

type TSection = { name: string; open: (db: TDatabase, viewer: TViewer, patientId: string) => Promise<unknown> };

async function visit(db: TDatabase, signedIn: TViewer, patientId: string, sections: string[], reads: (viewer: TViewer) => Promise<unknown>[]): Promise<void> {
  const viewer = await recordPatientPageVisit(db, signedIn, patientId, sections);
  if (!viewer) throw new Error("the bench clinician cannot see Ken");
  await getPatientRecord(db, viewer, patientId);
  await Promise.all(reads(viewer));
}

const SECTIONS: TSection[] = [
  {
    name: "summary (/patients/[id])",
    open: (db, viewer, id) =>
      visit(db, viewer, id, ["summary"], (v) => [
        getEpisodeTrend(db, v, id),
        listOpenRedFlagAlerts(db, v, id),
        getWeeklyAdherence(db, v, id),
        getPatientPlans(db, v, id),
        listProgressionSuggestions(db, v, id),
      ]),
  },
  { name: "check-ins, first page", open: (db, viewer, id) => visit(db, viewer, id, ["check-ins"], (v) => [listCheckInPage(db, v, id)]) },
  { name: "access history, page 1", open: (db, viewer, id) => visit(db, viewer, id, ["access history"], (v) => [listPatientAccessPage(db, v, id)]) },
  { name: "access history, page 50, one person", open: (db, viewer, id) => visit(db, viewer, id, ["access history"], (v) => [listPatientAccessPage(db, v, id, { page: 50, actorId: v.userId })]) },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

function summary(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 50).toFixed(1)} ms · p95 ${percentile(sorted, 95).toFixed(1)} ms · max ${sorted.at(-1)!.toFixed(1)} ms (${sorted.length} visits)`;
}

async function main(): Promise<void> {
  const dataDir = path.resolve(".data/bench-patient-page");
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
    await syncCatalog(db, getLibrary());
    await seedDemoData(db, { password: "backtrack-bench-only" });
    const ken = await db.user.findUniqueOrThrow({ where: { email: "ken@riverside.example" }, select: { id: true } });
    const lee = await viewerFor(db, "lee@riverside.example");
    // A long access history: years of visits by the clinic's clinicians.
    await runOnServer(
      url,
      `INSERT INTO "AuditEvent" (id, at, "actorId", "actorRole", "clinicId", "patientId", action)
       SELECT 'bench-' || n, now() - (n || ' minutes')::interval, '${lee.userId}', 'CLINICIAN', '${lee.clinicId}', '${ken.id}', 'patient.view'
       FROM generate_series(1, ${AUDIT_EVENTS}) AS n;
       ANALYZE`,
    );
    const clinicians = await Promise.all(Array.from({ length: CLINICIANS }, (_, index) => viewerFor(db, index % 2 ? "patel@riverside.example" : "lee@riverside.example", `bench-${index}`)));
    console.log(`Ken (demo) with ${AUDIT_EVENTS} extra access events; ${CLINICIANS} clinicians at once, ${ROUNDS} rounds per section.\n`);
    for (const section of SECTIONS) {
      await section.open(db, lee, ken.id);
      const samples: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        await Promise.all(
          clinicians.map(async (viewer) => {
            const started = performance.now();
            await section.open(db, viewer, ken.id);
            samples.push(performance.now() - started);
          }),
        );
      }
      console.log(`${section.name}: ${summary(samples)}`);
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
