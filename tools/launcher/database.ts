import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../db/embedded-postgres";
import { StartupError } from "./startup-error";

export interface ProvidedDatabase {
  url: string;
  /** Where the data lives, for the start-up banner (password left out). */
  description: string;
  stop(): Promise<void>;
}

export const APP_DATABASE = "backtrack";

/**
 * DATABASE_URL when set (and reachable); otherwise the embedded PostgreSQL
 * under `dataDir`, with an application database created on first use.
 */
export async function provideDatabase(options: {
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPort: number;
  ephemeral?: boolean;
}): Promise<ProvidedDatabase> {
  if (options.databaseUrl) {
    await assertReachable(options.databaseUrl);
    return { url: options.databaseUrl, description: `DATABASE_URL (${redact(options.databaseUrl)})`, stop: async () => {} };
  }
  const server = await startEmbeddedPostgres({
    dataDir: options.dataDir,
    port: options.embeddedPort,
    ephemeral: options.ephemeral,
  });
  try {
    await createDatabaseIfMissing(server.url, APP_DATABASE);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return {
    url: server.urlFor(APP_DATABASE),
    description: `embedded PostgreSQL on 127.0.0.1:${server.port}, data in ${dataLocation(options.dataDir, server.clusterDir)}`,
    stop: () => server.stop(),
  };
}

/** The data folder, or (as root, moved where the postgres user can reach it) the cluster's folder. */
function dataLocation(dataDir: string, clusterDir: string): string {
  return path.dirname(clusterDir) === path.resolve(dataDir) ? dataDir : clusterDir;
}

export async function createDatabaseIfMissing(maintenanceUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    const existing = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (existing.rowCount === 0) await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

async function assertReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StartupError(
      `Cannot reach the database at DATABASE_URL (${redact(url)}): ${reason}.`,
      "Check that PostgreSQL is running and the URL, user and password are right, or unset DATABASE_URL to use the embedded database.",
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The URL without its password, safe to print. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "an unparseable URL";
  }
}
