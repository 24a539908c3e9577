import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import path from "node:path";
import { startEmbeddedPostgres, type TRunningPostgres } from "../../tools/db/embedded-postgres";
import { APP_DATABASE, createDatabaseIfMissing } from "../../tools/launcher/database";
import { buildIfStale, spawnNext, waitUntilServing } from "../../tools/launcher/next-process";
import { assertPortFree, findFreePort } from "../../tools/launcher/ports";
import { prepareDatabase } from "../../tools/launcher/prepare-database";

/** The production server on its own embedded PostgreSQL, whose database can be stopped and started under it. */
export interface TAppUnderTest {
  baseUrl: string;
  databaseUrl: string;
  /** The server process's id when it started: the same process must serve to the end. */
  serverPid: number | undefined;
  serverRunning(): boolean;
  stopDatabase(): Promise<void>;
  /** Starts PostgreSQL again on the same data folder and port; resolves once it accepts connections. */
  startDatabase(): Promise<void>;
  /** What the server wrote (stdout and stderr), newest last. */
  serverLog(): readonly string[];
  /** Stops the server and the database and deletes the data folder; safe to call twice, and after a failed start. */
  close(): Promise<void>;
}

const LOG_LINES_KEPT = 2_000;

export async function startAppUnderTest(options: { dataDir: string; port: number | undefined; demoPassword: string }): Promise<TAppUnderTest> {
  const dataDir = path.resolve(options.dataDir);
  await rm(dataDir, { recursive: true, force: true });
  const pgPort = await findFreePort();
  // Real durability settings (fsync on): acknowledged check-ins must survive the stop.
  let database: TRunningPostgres | null = await startEmbeddedPostgres({ dataDir, port: pgPort });
  let server: ChildProcess | undefined;
  const log: string[] = [];
  let closed = false;

  const close = async () => {
    if (closed) return;
    closed = true;
    if (server) await stopProcess(server);
    await database?.stop();
    database = null;
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    await createDatabaseIfMissing(database.url, APP_DATABASE);
    const databaseUrl = database.urlFor(APP_DATABASE);
    await prepareDatabase(databaseUrl, { demoPassword: options.demoPassword });
    await buildIfStale();

    const port = options.port ?? (await findFreePort());
    await assertPortFree(port, "the server under test", "RESILIENCE_PORT");
    const baseUrl = `http://localhost:${port}`;
    server = spawnNext("start", {
      port,
      host: "127.0.0.1",
      env: { DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: randomBytes(32).toString("base64url"), NEXTAUTH_URL: baseUrl },
      stderr: "pipe",
    });
    for (const stream of [server.stdout, server.stderr]) {
      stream?.setEncoding("utf8");
      stream?.on("data", (chunk: string) => {
        log.push(...chunk.split("\n").filter((line) => line.trim() !== ""));
        if (log.length > LOG_LINES_KEPT) log.splice(0, log.length - LOG_LINES_KEPT);
      });
    }
    await waitUntilServing(server, baseUrl);
    const started = server;

    return {
      baseUrl,
      databaseUrl,
      serverPid: started.pid,
      serverRunning: () => started.exitCode === null && started.signalCode === null,
      stopDatabase: async () => {
        await database?.stop();
        database = null;
      },
      startDatabase: async () => {
        database = await startEmbeddedPostgres({ dataDir, port: pgPort });
      },
      serverLog: () => log,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}
