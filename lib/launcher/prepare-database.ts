import { seedDemoData } from "../../prisma/seed";
import { DEFAULT_DEMO_PASSWORD } from "../config/env";
import { loadLibrary } from "../content/load-library";
import { syncCatalog } from "../content/sync-catalog";
import { refreshMissingEpisodeSummaries } from "../episodes/refresh-episode-summary";
import { createDatabaseClient } from "../db/client";
import { applyPendingMigrations } from "../db/migrations/schema-engine";

/**
 * What a database needs before the app serves from it: pending migrations,
 * the clinical library's catalog rows in line with content/, and the demo
 * clinics when it is empty. Prints one line per thing it did.
 */
export async function prepareDatabase(databaseUrl: string, options: { demoPassword?: string } = {}): Promise<void> {
  const applied = await applyPendingMigrations(databaseUrl);
  if (applied.length) console.log(`Applied ${applied.length} migration(s): ${applied.join(", ")}`);
  const db = createDatabaseClient(databaseUrl);
  try {
    // The library first: the demo data gives patients guides from it.
    const { changed, retired } = await syncCatalog(db, loadLibrary());
    if (changed || retired) console.log(`Clinical library: ${changed} guide(s) or exercise(s) added or updated, ${retired} retired.`);
    if ((await db.clinic.count()) === 0) {
      await seedDemoData(db, { password: options.demoPassword ?? DEFAULT_DEMO_PASSWORD });
      console.log("Seeded the demo clinics.");
    }
    const summarized = await refreshMissingEpisodeSummaries(db);
    if (summarized) console.log(`Pain-trend summaries: ${summarized} episode(s) brought up to date.`);
  } finally {
    await db.$disconnect();
  }
}
