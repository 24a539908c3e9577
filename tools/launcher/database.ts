import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { APP_ROLE, ensureAppRole } from "../db/app-role";
import { startEmbeddedPostgres } from "../db/embedded-postgres";
import { StartupError } from "./startup-error";

export interface TProvidedDatabase {
  /** What the app connects as: a role that owns nothing and may only INSERT and SELECT the audit trail. */
  url: string;
  /** What migrations and schema set-up run as (the tables' owner); the same as `url` when DATABASE_OWNER_URL is unset. */
  ownerUrl: string;
  /** Where the data lives, for the start-up banner (password left out). */
  description: string;
  stop(): Promise<void>;
}

export const APP_DATABASE = "backtrack";

/**
 * DATABASE_URL (the app's role) and DATABASE_OWNER_URL (the owner's) when set
 * and reachable; otherwise the embedded PostgreSQL under `dataDir`, with an
 * application database and the app role created on first use.
 */
export async function provideDatabase(options: {
  databaseUrl: string | undefined;
  databaseOwnerUrl?: string | undefined;
  dataDir: string;
  embeddedPort: number;
  ephemeral?: boolean;
}): Promise<TProvidedDatabase> {
  if (options.databaseUrl) {
    await assertReachable(options.databaseUrl, "DATABASE_URL");
    if (options.databaseOwnerUrl) await assertReachable(options.databaseOwnerUrl, "DATABASE_OWNER_URL");
    else console.warn("backtrack: DATABASE_OWNER_URL is not set, so the app connects as the tables' owner and could rewrite the audit trail. See \"Audit trail and database roles\" in README.md.");
    return {
      url: options.databaseUrl,
      ownerUrl: options.databaseOwnerUrl ?? options.databaseUrl,
      description: `DATABASE_URL (${redact(options.databaseUrl)})`,
      stop: async () => {},
    };
  }
  const server = await startEmbeddedPostgres({
    dataDir: options.dataDir,
    port: options.embeddedPort,
    ephemeral: options.ephemeral,
  });
  let appUrl: string;
  try {
    await createDatabaseIfMissing(server.url, APP_DATABASE);
    const password = await readOrCreateAppPassword(options.dataDir);
    await ensureAppRole(server.url, APP_ROLE, password);
    const url = new URL(server.urlFor(APP_DATABASE));
    url.username = APP_ROLE;
    url.password = password;
    appUrl = url.toString();
  } catch (error) {
    await server.stop();
    throw error;
  }
  return {
    url: appUrl,
    ownerUrl: server.urlFor(APP_DATABASE),
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

/** The app role's password, kept beside the owner's (postgres-password) in the data folder, never in the repository. */
async function readOrCreateAppPassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, "app-password");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const password = randomBytes(18).toString("base64url");
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return password;
}

async function assertReachable(url: string, variable: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StartupError(
      `Cannot reach the database at ${variable} (${redact(url)}): ${reason}.`,
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
