import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, lstat, mkdir, readdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { listMigrationNames } from "../../lib/db/migration-names";
import { StartupError } from "../launcher/startup-error";
import { placeCluster } from "./embedded-postgres";
import { isRoot, postgresIds, prepareRelocatedCluster } from "./postgres-as-root";
import { createTarGzWriter, readTarGz, type TTarWriter } from "./tar-archive";

/*
 * A consistent copy of the embedded cluster while it keeps serving, with
 * PostgreSQL's documented low-level base backup (pg_backup_start /
 * pg_backup_stop on one connection): the files are copied while they change,
 * and the WAL written meanwhile, copied after the stop, lets recovery make
 * them consistent. A temporary replication slot holds that WAL back from
 * recycling until it is copied. pg_dump cannot be used: the embedded package
 * ships no client tools, and Debian's pg_dump is older than the server.
 */

/** The cluster's own folders whose contents a base backup leaves out (PostgreSQL docs, "Making a Base Backup Using the Low Level API"). */
const EMPTY_ON_RESTORE = new Set(["pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify", "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans"]);
const LEFT_OUT = new Set(["postmaster.pid", "postmaster.opts", "backup_label", "backup_label.old", "tablespace_map", "tablespace_map.old"]);
/** Beside the cluster in the data folder: the passwords the cluster's roles have, and the session secret. */
const DATA_FOLDER_FILES = ["postgres-password", "app-password", "auth-secret"];
const CLUSTER = "postgres";
const DATA_FOLDER = "backtrack";
const INFO = "backup-info.json";

export interface TBackupHooks {
  /** After pg_backup_start returned: everything committed by now is in the backup. */
  started?: () => void | Promise<void>;
  /** Just before pg_backup_stop: everything committed by now is in the backup too. */
  stopping?: () => void | Promise<void>;
}

export interface TBackupResult {
  file: string;
  startLsn: string;
  stopLsn: string;
}

export async function createBaseBackup(
  options: { superuserUrl: string; clusterDir: string; dataDir: string; target: string },
  hooks: TBackupHooks = {},
): Promise<TBackupResult> {
  const client = new pg.Client({ connectionString: options.superuserUrl });
  await client.connect();
  const partial = `${options.target}.partial`;
  const slot = `backtrack_backup_${randomBytes(6).toString("hex")}`;
  try {
    await assertNoTablespaces(options.clusterDir);
    // Temporary: PostgreSQL drops it when this session ends, even if we crash.
    await client.query("SELECT pg_create_physical_replication_slot($1, true, true)", [slot]);
    const started = await client.query<{ lsn: string }>("SELECT pg_backup_start($1, true)::text AS lsn", [`backtrack ${new Date().toISOString()}`]);
    await hooks.started?.();
    const writer = createTarGzWriter(partial);
    try {
      await writer.directory(CLUSTER);
      await addTree(writer, options.clusterDir, CLUSTER, true);
      await hooks.stopping?.();
      const stopped = await client.query<{ lsn: string; labelfile: string; spcmapfile: string | null }>(
        "SELECT lsn::text AS lsn, labelfile, spcmapfile FROM pg_backup_stop(false)",
      );
      const stop = stopped.rows[0]!;
      // Only now: the WAL must reach past the stop point for the copy to be consistent.
      await addTree(writer, path.join(options.clusterDir, "pg_wal"), `${CLUSTER}/pg_wal`, false, true);
      await writer.file(`${CLUSTER}/backup_label`, stop.labelfile);
      if (stop.spcmapfile) await writer.file(`${CLUSTER}/tablespace_map`, stop.spcmapfile);
      await writer.directory(DATA_FOLDER);
      for (const name of DATA_FOLDER_FILES) {
        const source = path.join(options.dataDir, name);
        if (existsSync(source)) await writer.fileFromDisk(`${DATA_FOLDER}/${name}`, source, (await lstat(source)).size);
      }
      const info = { createdAt: new Date().toISOString(), startLsn: started.rows[0]!.lsn, stopLsn: stop.lsn, migrations: listMigrationNames() };
      await writer.file(`${DATA_FOLDER}/${INFO}`, `${JSON.stringify(info, null, 2)}\n`);
      await writer.close();
      await rename(partial, options.target);
      return { file: options.target, startLsn: info.startLsn, stopLsn: info.stopLsn };
    } catch (error) {
      await writer.close().catch(() => undefined);
      throw error;
    }
  } finally {
    await rm(partial, { force: true });
    await client.query("SELECT pg_drop_replication_slot($1)", [slot]).catch(() => undefined);
    await client.end();
  }
}

async function assertNoTablespaces(clusterDir: string): Promise<void> {
  const links = await readdir(path.join(clusterDir, "pg_tblspc")).catch(() => []);
  if (links.length) throw new StartupError("This cluster has tablespaces outside its folder, which db:backup does not copy.", "Back it up with PostgreSQL's own tools instead.");
}

/**
 * Adds a folder as `prefix`. At the cluster's top level, the folders whose
 * contents are rebuilt at start are added empty; `flat` adds only the files
 * directly inside (pg_wal), and its sub-folders empty.
 */
async function addTree(writer: TTarWriter, folder: string, prefix: string, top: boolean, flat = false): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const source = path.join(folder, entry.name);
    const name = `${prefix}/${entry.name}`;
    if (entry.name.startsWith("pgsql_tmp")) continue;
    if (top && LEFT_OUT.has(entry.name)) continue;
    if (entry.isDirectory()) {
      await writer.directory(name);
      if (flat || (top && EMPTY_ON_RESTORE.has(entry.name))) continue;
      await addTree(writer, source, name, false);
    } else if (entry.isFile()) {
      // A file dropped since the listing (a table dropped mid-backup) is simply not in it.
      const size = await lstat(source).then(
        (stat) => stat.size,
        () => null,
      );
      if (size !== null) await writer.fileFromDisk(name, source, size).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== "ENOENT") throw error;
      });
    }
  }
}

/**
 * Unpacks a backup as the embedded cluster of `dataDir`, which must not have
 * one yet. Started afterwards, PostgreSQL replays the WAL in the backup up
 * to its stop point and is consistent.
 */
export async function restoreBaseBackup(options: { file: string; dataDir: string; sharedDir?: string }): Promise<{ clusterDir: string }> {
  await mkdir(options.dataDir, { recursive: true });
  if (isRoot()) await chmod(options.dataDir, 0o711);
  const placement = await placeCluster({ dataDir: options.dataDir, port: 0, sharedDir: options.sharedDir });
  const clusterDir = placement.clusterDir;
  if (existsSync(path.join(clusterDir, "PG_VERSION"))) {
    throw new StartupError(
      `${path.resolve(options.dataDir)} already holds a database; a restore goes into a new data folder.`,
      "Point BACKTRACK_DATA_DIR at a new folder (or move this one aside), then run db:restore again.",
    );
  }
  if (placement.kind === "relocated") await prepareRelocatedCluster(clusterDir, placement.ids, placement.sharedDir);
  else await mkdir(clusterDir, { recursive: true, mode: 0o700 });
  let sawLabel = false;
  try {
    await readTarGz(options.file, async (entry) => {
      const parts = entry.name.split("/");
      if (parts.some((part) => part === "" || part === "." || part === "..")) throw new StartupError(`The backup holds an unsafe path (${entry.name}).`, "Use a backup made by db:backup.");
      const [root, ...rest] = parts;
      let target: string | null = null;
      if (root === CLUSTER && rest.length) target = path.join(clusterDir, ...rest);
      if (root === DATA_FOLDER && rest.length === 1 && [...DATA_FOLDER_FILES, INFO].includes(rest[0]!)) target = path.join(options.dataDir, rest[0]!);
      if (!target) return null;
      if (entry.type === "directory") {
        await mkdir(target, { recursive: true, mode: 0o700 });
        return null;
      }
      if (entry.name === `${CLUSTER}/backup_label`) sawLabel = true;
      await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
      return target;
    });
    if (!sawLabel) throw new StartupError(`${options.file} is not a backup made by db:backup (it has no backup_label).`, "Use a backup made by db:backup.");
    // PostgreSQL runs as the postgres user when we are root, and wants its folder 0700.
    await chmod(clusterDir, 0o700);
    if (isRoot()) {
      const ids = postgresIds();
      execFileSync("chown", ["-R", `${ids.uid}:${ids.gid}`, clusterDir]);
    }
  } catch (error) {
    await rm(clusterDir, { recursive: true, force: true });
    throw error;
  }
  return { clusterDir };
}
