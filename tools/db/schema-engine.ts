import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, type SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import * as engineRuntime from "@prisma/schema-engine-wasm/schema_engine_bg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { StartupError } from "../launcher/startup-error";
import { loadMigrationList, readSchemaFile } from "./migration-files";

/*
 * Prisma's CLI downloads a native schema-engine binary, which air-gapped clinics
 * (and these build machines) cannot reach. The same engine ships as WASM in
 * @prisma/schema-engine-wasm; it talks to Postgres through the pg driver adapter
 * and keeps Prisma's `_prisma_migrations` table, so `prisma migrate deploy`
 * stays compatible for anyone who has the binary.
 */

const NO_FILTER = { externalTables: [], externalEnums: [] };
let wasmReady: Promise<void> | undefined;

function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const require = createRequire(import.meta.url);
    // The package exports its JS bindings but not the .wasm file: find it beside them.
    const bindings = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasmPath = path.join(path.dirname(bindings), "schema_engine_bg.wasm");
    const compiled = await WebAssembly.compile(await readFile(wasmPath));
    const instance = new WebAssembly.Instance(compiled, { "./schema_engine_bg.js": engineRuntime });
    engineRuntime.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  })();
  return wasmReady;
}

/**
 * Runs `work` with a schema engine connected to `databaseUrl` (or, given null,
 * to a throwaway in-memory database). Its shadow
 * database (used to replay migrations for diffs) is an in-memory PGlite:
 * adapter-pg's own shadow database reconnects to the main one.
 */
async function withSchemaEngine<T>(databaseUrl: string | null, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  await loadWasm();
  const factory = databaseUrl ? new PrismaPg({ connectionString: databaseUrl }) : new PrismaPGlite(new PGlite());
  factory.connectToShadowDb = () => new PrismaPGlite(new PGlite()).connect();
  // The engine never closes what it opens; close it ourselves so a database
  // just migrated can be used as a template (which allows no open sessions).
  const opened: SqlDriverAdapter[] = [];
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    sendScriptsWhole(adapter);
    opened.push(adapter);
    return adapter;
  };
  const engine: SchemaEngine = await engineRuntime.SchemaEngine.new(
    { datamodels: undefined },
    () => undefined,
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  try {
    return await work(engine);
  } finally {
    engine.free();
    await Promise.all(opened.map((adapter) => adapter.dispose()));
  }
}

/**
 * adapter-pg runs a migration by splitting it on ";", which breaks function
 * bodies ($$ ... ; ... $$) and leaves a failed migration half-applied. Sent
 * whole, PostgreSQL parses it properly and runs it as one implicit
 * transaction: a migration applies completely or not at all.
 */
function sendScriptsWhole(adapter: SqlDriverAdapter): void {
  const driver: unknown = (adapter as { underlyingDriver?: () => unknown }).underlyingDriver?.();
  if (driver instanceof pg.Pool) {
    adapter.executeScript = async (script) => {
      await driver.query(script);
    };
  }
}

/** Applies the migrations in prisma/migrations not yet in the database; returns their names. */
export async function applyPendingMigrations(databaseUrl: string, migrationsDir?: string): Promise<string[]> {
  try {
    return await withSchemaEngine(databaseUrl, async (engine) => {
      const result = await engine.applyMigrations({ migrationsList: loadMigrationList(migrationsDir), filters: NO_FILTER });
      return result.appliedMigrationNames;
    });
  } catch (error) {
    // P3009: an earlier run recorded a failed migration; Prisma refuses to go on until someone decides.
    if ((error as { code?: string }).code === "P3009") {
      throw new StartupError(
        `A migration failed earlier in this database and Prisma will not apply more: ${String((error as Error).message).split("\n")[0]}`,
        "Fix the migration; then, on the embedded database, `npm run db:reset` (elsewhere `prisma migrate resolve --rolled-back <name>`).",
      );
    }
    throw error;
  }
}

/** Drops every object in the database, leaving it empty. */
export async function resetDatabase(databaseUrl: string): Promise<void> {
  await withSchemaEngine(databaseUrl, (engine) => engine.reset({ filter: NO_FILTER }));
}

/**
 * The SQL that would bring a database built from the migrations up to the
 * schema, or null when they agree. Needs no running database: the migrations
 * are replayed on an in-memory shadow.
 */
export async function pendingSchemaChanges(
  options: { migrationsDir?: string; schemaPath?: string } = {},
): Promise<string | null> {
  return withSchemaEngine(null, async (engine) => {
    const result = await engine.diff({
      from: { tag: "migrations", ...loadMigrationList(options.migrationsDir) },
      to: { tag: "schemaDatamodel", files: [readSchemaFile(options.schemaPath)] },
      script: true,
      exitCode: true,
      filters: NO_FILTER,
    });
    // exitCode 2 means "the diff is not empty" (as `prisma migrate diff --exit-code`).
    return result.exitCode === 2 ? (result.stdout ?? "") : null;
  });
}
