import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { queryOnce } from "./query-once";
import type { TestProject } from "vitest/node";
import { removeEmbeddedPostgres, startEmbeddedPostgres } from "../db/embedded-postgres";
import { APP_ROLE, ensureAppRole, grantAppPrivileges } from "../db/app-role";
import { applyPendingMigrations } from "../db/schema-engine";

declare module "vitest" {
  // eslint-disable-next-line @typescript-eslint/naming-convention -- vitest module augmentation: the name is vitest's
  export interface ProvidedContext {
    testServerUrl: string;
    testTemplateDatabase: string;
    /** The app role's name and password (as in production: INSERT and SELECT only on AuditEvent); null on an external DATABASE_URL. */
    testAppRole: { name: string; password: string } | null;
  }
}

/**
 * One real PostgreSQL for the whole run: DATABASE_URL when set (its role needs
 * CREATEDB), else a throwaway embedded cluster. The migrations are applied
 * once into a template database; every test file clones it (test-database.ts).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.DATABASE_URL;
  let serverUrl: string;
  let stopServer = async () => {};
  if (external) {
    serverUrl = external;
  } else {
    // One folder per run, so two runs at once (a watcher beside `npm test`) never share a cluster.
    const dataDir = path.resolve(`.data/vitest-${process.pid}`);
    const server = await startEmbeddedPostgres({ dataDir, port: 0, ephemeral: true });
    serverUrl = server.url;
    stopServer = async () => {
      await server.stop();
      await removeEmbeddedPostgres(dataDir);
    };
  }

  const template = `backtrack_test_template_${process.pid}`;
  await runOnServer(serverUrl, `CREATE DATABASE ${pg.escapeIdentifier(template)}`);
  await applyPendingMigrations(withDatabase(serverUrl, template));
  // The embedded cluster is ours: it gets the app role, granted on the template, so every clone has it too.
  // An external server's role may not create roles (it needs only CREATEDB).
  const appRole = external ? null : { name: APP_ROLE, password: randomBytes(12).toString("hex") };
  if (appRole) {
    await ensureAppRole(serverUrl, appRole.name, appRole.password);
    await grantAppPrivileges(withDatabase(serverUrl, template), appRole.name);
  }
  project.provide("testAppRole", appRole);
  project.provide("testServerUrl", serverUrl);
  project.provide("testTemplateDatabase", template);

  return async () => {
    await runOnServer(serverUrl, `DROP DATABASE IF EXISTS ${pg.escapeIdentifier(template)} WITH (FORCE)`);
    await stopServer();
  };
}

export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function runOnServer(serverUrl: string, sql: string): Promise<void> {
  await queryOnce(serverUrl, sql);
}
