import { runCli, withDatabase } from "../../tools/launcher/run-cli";
import { applyPendingMigrations } from "../../tools/db/schema-engine";
import { grantAppPrivileges, roleOf } from "../../tools/db/app-role";
import { prepareJobSchema } from "../../tools/db/job-schema";

runCli(() =>
  withDatabase(async (database) => {
    const applied = await applyPendingMigrations(database.ownerUrl);
    const appRole = database.url !== database.ownerUrl && roleOf(database.url) !== roleOf(database.ownerUrl) ? roleOf(database.url) : null;
    if (appRole) await grantAppPrivileges(database.ownerUrl, appRole);
    await prepareJobSchema(database.ownerUrl, appRole);
    console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "No pending migrations.");
  }),
);
