import { loadLibrary } from "../../lib/content/load-library";
import { syncCatalog } from "../../lib/content/sync-catalog";
import { createDatabaseClient } from "../../lib/db/client";
import { runCli, withDatabase } from "../../tools/launcher/run-cli";
import { seedDemoData } from "../seed";
import { StartupError } from "../../tools/launcher/startup-error";

runCli(() =>
  withDatabase(async (database, env) => {
    if (env.BACKTRACK_MODE === "live") throw new StartupError("db:seed writes the demo clinics, and live mode never has demo data.", "Create a real clinic with `npm run clinic -- create` instead.");
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
