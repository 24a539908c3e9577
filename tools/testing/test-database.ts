import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import { createDatabaseClient, type TDatabase } from "../../lib/db/client";
import { runOnServer, withDatabase } from "./database-global-setup";

export interface TTestDatabase {
  /** Connection string of this file's own database, as its owner. */
  readonly url: string;
  /** The same database as the app's role (INSERT and SELECT only on AuditEvent); null on an external DATABASE_URL. */
  readonly appUrl: string | null;
  readonly db: TDatabase;
}

/**
 * Gives the calling test file a database of its own, cloned from the migrated
 * template before its tests and dropped after them. Real PostgreSQL, never a mock.
 */
export function useTestDatabase(): TTestDatabase {
  const name = `backtrack_test_${randomBytes(6).toString("hex")}`;
  const serverUrl = inject("testServerUrl");
  const appRole = inject("testAppRole");
  let db: TDatabase | undefined;
  const handle: TTestDatabase = {
    url: withDatabase(serverUrl, name),
    appUrl: appRole ? asRole(withDatabase(serverUrl, name), appRole) : null,
    get db() {
      if (!db) throw new Error("useTestDatabase(): the database exists only inside tests and hooks");
      return db;
    },
  };

  beforeAll(async () => {
    const template = inject("testTemplateDatabase");
    await runOnServer(serverUrl, `CREATE DATABASE ${pg.escapeIdentifier(name)} TEMPLATE ${pg.escapeIdentifier(template)}`);
    db = createDatabaseClient(handle.url);
  });
  afterAll(async () => {
    await db?.$disconnect();
    await runOnServer(serverUrl, `DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
  });
  return handle;
}

function asRole(url: string, role: { name: string; password: string }): string {
  const parsed = new URL(url);
  parsed.username = role.name;
  parsed.password = role.password;
  return parsed.toString();
}
