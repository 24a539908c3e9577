import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { StartupError } from "../../tools/launcher/startup-error";
import { runCli } from "../../tools/launcher/run-cli";
import { MIGRATIONS_DIR } from "../../lib/db/migration-names";
import { pendingSchemaChanges } from "../../tools/db/schema-engine";

// `npm run db:migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
// with what schema.prisma has that the migrations do not. Needs no database.
runCli(async () => {
  const name = (process.argv[2] ?? "").trim().toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
  if (!name) throw new StartupError("A migration needs a name.", "Run `npm run db:migration -- <name>`, e.g. `npm run db:migration -- add_checkins`.");
  const sql = await pendingSchemaChanges();
  if (sql === null) {
    console.log("schema.prisma and prisma/migrations already agree: no migration written.");
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), sql);
  console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql. Review it, then \`npm run db:migrate\`.`);
});
