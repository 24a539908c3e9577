import { loadLibrary } from "../../lib/content/load-library";
import { syncCatalog } from "../../lib/content/sync-catalog";
import { createDatabaseClient } from "../../lib/db/client";
import { runCli, withDatabase } from "../../tools/launcher/run-cli";
import { seedDemoData } from "../seed";

runCli(() =>
  withDatabase(async (database, env) => {
    const db = createDatabaseClient(database.url);
    try {
      await syncCatalog(db, loadLibrary());
      await seedDemoData(db, { password: env.DEMO_PASSWORD });
      console.log("Demo data is in place.");
    } finally {
      await db.$disconnect();
    }
  }),
);
