import { runCli, withDatabase } from "../../lib/launcher/run-cli";
import { applyPendingMigrations } from "../../lib/db/migrations/schema-engine";

runCli(() =>
  withDatabase(async (database) => {
    const applied = await applyPendingMigrations(database.url);
    console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "No pending migrations.");
  }),
);
