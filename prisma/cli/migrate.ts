import { runCli, withDatabase } from "../../tools/launcher/run-cli";
import { applyPendingMigrations } from "../../tools/db/schema-engine";

runCli(() =>
  withDatabase(async (database) => {
    const applied = await applyPendingMigrations(database.url);
    console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "No pending migrations.");
  }),
);
