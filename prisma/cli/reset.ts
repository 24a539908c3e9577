import { createDatabaseClient } from "../../lib/db/client";
import { applyPendingMigrations, resetDatabase } from "../../lib/db/migrations/schema-engine";
import { runCli, withDatabase } from "../../lib/launcher/run-cli";
import { StartupError } from "../../lib/launcher/startup-error";
import { seedDemoData } from "../seed";

// `npm run db:reset`: drop everything, re-apply the migrations, re-seed the demo.
// A server someone configured (DATABASE_URL) may hold real records: only with --force.
runCli(() =>
  withDatabase(async (database, env) => {
    if (env.DATABASE_URL && !process.argv.includes("--force")) {
      throw new StartupError(
        "db:reset refuses to wipe the database at DATABASE_URL.",
        "If you really mean it, run `npm run db:reset -- --force`.",
      );
    }
    await resetDatabase(database.url);
    const applied = await applyPendingMigrations(database.url);
    const db = createDatabaseClient(database.url);
    try {
      await seedDemoData(db, { password: env.DEMO_PASSWORD });
    } finally {
      await db.$disconnect();
    }
    console.log(`Reset ${database.description}: ${applied.length} migration(s) applied, demo data seeded.`);
  }),
);
