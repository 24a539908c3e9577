import { existsSync } from "node:fs";
import { mkdir, stat } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { parseEnv, type TEnv } from "../../lib/config/env";
import { APP_DATABASE } from "../launcher/database";
import { runCli } from "../launcher/run-cli";
import { StartupError } from "../launcher/startup-error";
import { createBaseBackup, restoreBaseBackup } from "./base-backup";
import { startEmbeddedPostgres } from "./embedded-postgres";

/*
 * `npm run db:backup [DIR]`   a consistent copy of the embedded database, while BackTrack runs (default DIR: backups/)
 * `npm run db:restore FILE`   that copy as the embedded database of BACKTRACK_DATA_DIR, which must not hold one yet
 */
runCli(async () => {
  const [command, argument] = process.argv.slice(2);
  const env = parseEnv();
  if (env.DATABASE_URL) {
    throw new StartupError(
      `db:${command} works on the embedded database, and DATABASE_URL points at your own PostgreSQL.`,
      "Use your provider's backups there (scheduled snapshots with point-in-time recovery), or pg_basebackup/pg_dump of the server's own version.",
    );
  }
  if (command === "backup") return backup(env, argument ?? "backups");
  if (command === "restore") {
    if (!argument) throw new StartupError("db:restore needs the backup file.", "Run `npm run db:restore -- <backup file>`.");
    return restore(env, argument);
  }
  throw new StartupError(`Unknown command "${command ?? ""}".`, "Run `npm run db:backup` or `npm run db:restore -- <backup file>`.");
});

async function backup(env: TEnv, folder: string): Promise<void> {
  if (!existsSync(path.join(env.BACKTRACK_DATA_DIR, "postgres-password"))) {
    throw new StartupError(`There is no embedded database in ${path.resolve(env.BACKTRACK_DATA_DIR)} to back up.`, "Check BACKTRACK_DATA_DIR.");
  }
  await mkdir(folder, { recursive: true, mode: 0o700 });
  // Shares a running BackTrack's server (it keeps serving during the copy), or starts one for the length of the backup.
  const server = await startEmbeddedPostgres({ dataDir: env.BACKTRACK_DATA_DIR, port: env.BACKTRACK_PG_PORT });
  try {
    const target = path.resolve(folder, `backtrack-${new Date().toISOString().replace(/[:.]/g, "-")}.tar.gz`);
    await createBaseBackup({ superuserUrl: server.url, clusterDir: server.clusterDir, dataDir: env.BACKTRACK_DATA_DIR, target });
    const megabytes = ((await stat(target)).size / 1e6).toFixed(1);
    console.log(`Backed up the embedded database to ${target} (${megabytes} MB).`);
    console.log("It holds every patient record and the database passwords: keep it encrypted and off this machine, as safe as the server.");
  } finally {
    await server.stop();
  }
}

async function restore(env: TEnv, file: string): Promise<void> {
  if (!existsSync(file)) throw new StartupError(`There is no backup file at ${path.resolve(file)}.`, "Give the path of a file made by `npm run db:backup`.");
  await restoreBaseBackup({ file, dataDir: env.BACKTRACK_DATA_DIR });
  // Starting it once replays the WAL in the backup, so the database is consistent before anyone relies on it.
  const server = await startEmbeddedPostgres({ dataDir: env.BACKTRACK_DATA_DIR, port: 0 });
  try {
    const clinics = await countClinics(server.urlFor(APP_DATABASE));
    console.log(`Restored ${path.resolve(file)} into ${path.resolve(env.BACKTRACK_DATA_DIR)} (${clinics} clinic(s)).`);
    console.log(`Start BackTrack on it with BACKTRACK_DATA_DIR=${env.BACKTRACK_DATA_DIR} npm start.`);
  } finally {
    await server.stop();
  }
}

async function countClinics(url: string): Promise<number | string> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const result = await client.query<{ count: string }>('SELECT count(*) AS count FROM "Clinic"');
    return Number(result.rows[0]?.count ?? 0);
  } catch {
    return "no BackTrack tables yet";
  } finally {
    await client.end().catch(() => undefined);
  }
}
