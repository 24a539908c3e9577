import { seedDemoData } from "../../prisma/seed";
import { DEFAULT_DEMO_PASSWORD } from "../../lib/config/env";
import { loadLibrary } from "../../lib/content/load-library";
import { syncCatalog } from "../../lib/content/sync-catalog";
import { refreshMissingEpisodeSummaries } from "../../lib/episodes/refresh-episode-summary";
import { refreshStaleEpisodeSummaries } from "../../lib/episodes/refresh-stale-summaries";
import { createDatabaseClient } from "../../lib/db/client";
import { applyPendingMigrations } from "../db/schema-engine";
import { grantAppPrivileges, roleOf } from "../db/app-role";
import { pendingMigrations } from "../db/pending-migrations";
import { prepareJobSchema } from "../db/job-schema";
import { demoDataProblem, findDemoData } from "./live-mode-checks";
import { StartupError } from "./startup-error";

export interface TPrepareOptions {
  /** Live mode never seeds demo data, refuses a database holding any, and migrates only when told to. */
  mode?: "demo" | "live";
  /** MIGRATE_ON_START: live mode applies pending migrations instead of refusing to start. */
  migrateOnStart?: boolean;
  demoPassword?: string;
  appUrl?: string;
}

/**
 * What a database needs before the app serves from it: pending migrations,
 * the app role's grants (re-applied after every migration run), the job
 * queue's schema and queues (pg-boss, created by the owner), the clinical
 * library's catalog rows in line with content/, and (demo mode) the demo
 * clinics when it is empty. Runs as the owner (`databaseUrl`); `appUrl` names
 * the app's role. Prints one line per thing it did.
 */
export async function prepareDatabase(databaseUrl: string, options: TPrepareOptions = {}): Promise<void> {
  const live = options.mode === "live";
  if (live && !options.migrateOnStart) await assertNoPendingMigrations(databaseUrl);
  const applied = await applyPendingMigrations(databaseUrl);
  if (applied.length) console.log(`Applied ${applied.length} migration(s): ${applied.join(", ")}`);
  const appRole = options.appUrl && roleOf(options.appUrl) !== roleOf(databaseUrl) ? roleOf(options.appUrl) : null;
  if (appRole) await grantAppPrivileges(databaseUrl, appRole);
  await prepareJobSchema(databaseUrl, appRole);
  if (live) {
    const problem = demoDataProblem(await findDemoData(databaseUrl));
    if (problem) throw problem;
  }
  const db = createDatabaseClient(databaseUrl);
  try {
    // The library first: the demo data gives patients guides from it.
    const { changed, retired } = await syncCatalog(db, loadLibrary());
    if (changed || retired) console.log(`Clinical library: ${changed} guide(s) or exercise(s) added or updated, ${retired} retired.`);
    if (!live && (await db.clinic.count()) === 0) {
      await seedDemoData(db, { password: options.demoPassword ?? DEFAULT_DEMO_PASSWORD });
      console.log("Seeded the demo clinics.");
    }
    if (await refreshStaleEpisodeSummaries(db)) console.log("Pain-trend summaries: recomputed those of an older change rule.");
    const summarized = await refreshMissingEpisodeSummaries(db);
    if (summarized) console.log(`Pain-trend summaries: ${summarized} episode(s) brought up to date.`);
  } finally {
    await db.$disconnect();
  }
}

/** Live mode changes a clinic's schema only when the operator says so (after a backup). */
export async function assertNoPendingMigrations(databaseUrl: string): Promise<void> {
  const pending = await pendingMigrations(databaseUrl);
  if (!pending.length) return;
  throw new StartupError(
    `The database lacks ${pending.length} migration(s) of this version: ${pending.join(", ")}.`,
    "Back it up, then run `npm run db:migrate` (it connects as DATABASE_OWNER_URL), or start with MIGRATE_ON_START=1.",
  );
}
