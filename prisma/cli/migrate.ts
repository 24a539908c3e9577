import { runCli, withDatabase } from "../../tools/launcher/run-cli";
import { applyPendingMigrations } from "../../tools/db/schema-engine";
import { grantAppPrivileges, roleOf } from "../../tools/db/app-role";

runCli(() =>
  withDatabase(async (database) => {
    const applied = await applyPendingMigrations(database.ownerUrl);
    if (database.url !== database.ownerUrl && roleOf(database.url) !== roleOf(database.ownerUrl)) await grantAppPrivileges(database.ownerUrl, roleOf(database.url));
    const as = `as "${roleOf(database.ownerUrl)}"`;
    console.log(applied.length ? `Applied ${applied.length} migration(s) ${as}: ${applied.join(", ")}` : `No pending migrations (checked ${as}).`);
  }),
);
