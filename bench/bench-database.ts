import path from "node:path";
import pg from "pg";
import { removeEmbeddedPostgres, startEmbeddedPostgres } from "../tools/db/embedded-postgres";
import { runOnServer, withDatabase } from "../tools/testing/database-global-setup";

/*
 * The benchmark's own database, never the portal's: a throwaway embedded
 * PostgreSQL in .data/bench-load (fsync off, like the test clusters), or a
 * database of its own on DATABASE_URL's server (the role needs CREATEDB).
 * `drop()` removes the database and stops the embedded server.
 */

export const BENCH_DATABASE = "backtrack_bench_load";

export interface TBenchDatabase {
  /** The bench database's connection string. */
  url: string;
  /** "embedded PostgreSQL 18.x" or the server's host. */
  description: string;
  drop(): Promise<void>;
}

export async function createBenchDatabase(databaseUrl: string | undefined): Promise<TBenchDatabase> {
  let serverUrl = databaseUrl;
  let stopServer = async () => {};
  let where = serverUrl ? `DATABASE_URL's server (${new URL(serverUrl).host})` : "embedded PostgreSQL";
  if (!serverUrl) {
    const dataDir = path.resolve(".data/bench-load");
    await removeEmbeddedPostgres(dataDir);
    const server = await startEmbeddedPostgres({ dataDir, port: 0, ephemeral: true });
    serverUrl = server.url;
    where = `embedded PostgreSQL on port ${server.port}, fsync off`;
    stopServer = async () => {
      try {
        await server.stop();
      } finally {
        await removeEmbeddedPostgres(dataDir);
      }
    };
  }
  const server = serverUrl;
  const database = pg.escapeIdentifier(BENCH_DATABASE);
  try {
    await runOnServer(server, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await runOnServer(server, `CREATE DATABASE ${database}`);
  } catch (error) {
    await stopServer();
    throw error;
  }
  let dropped = false;
  return {
    url: withDatabase(server, BENCH_DATABASE),
    description: where,
    async drop() {
      if (dropped) return;
      dropped = true;
      try {
        await runOnServer(server, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      } finally {
        await stopServer();
      }
    },
  };
}

/** The server's version line, e.g. "PostgreSQL 18.1 on x86_64-pc-linux-gnu". */
export async function serverVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string }>("SELECT version()");
    return rows[0]?.version.split(",")[0] ?? "unknown";
  } finally {
    await client.end();
  }
}
