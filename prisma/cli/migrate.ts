import { runCli, withDatabase } from "../../tools/launcher/run-cli";
import { applyPendingMigrations } from "../../tools/db/schema-engine";
import { grantAppPrivileges, roleOf } from "../../tools/db/app-role";
import { createDatabaseClient } from "../../lib/db/client";
import { loadLibrary } from "../../lib/content/load-library";
import { syncCatalog } from "../../lib/content/sync-catalog";
import { prepareJobSchema } from "../../tools/db/job-schema";

runCli(() =>
  withDatabase(async (database) => {
    const applied = await applyPendingMigrations(database.ownerUrl);
    const appRole = database.url !== database.ownerUrl && roleOf(database.url) !== roleOf(database.ownerUrl) ? roleOf(database.url) : null;
    if (appRole) await grantAppPrivileges(database.ownerUrl, appRole);
    await prepareJobSchema(database.ownerUrl, appRole);
    const as = `as "${roleOf(database.ownerUrl)}"`;
    console.log(applied.length ? `Applied ${applied.length} migration(s) ${as}: ${applied.join(", ")}` : `No pending migrations (checked ${as}).`);
    // Plans and assignments point at catalog rows: a deployment that migrates with this
    // command alone (deploy/compose.yaml's migrate service) needs them in line with content/ too.
    const db = createDatabaseClient(database.ownerUrl);
    try {
      const { changed, retired } = await syncCatalog(db, loadLibrary());
      if (changed || retired) console.log(`Clinical library: ${changed} guide(s) or exercise(s) added or updated, ${retired} retired.`);
    } finally {
      await db.$disconnect();
    }
  }),
);
