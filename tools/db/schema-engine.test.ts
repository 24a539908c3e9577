import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../testing/test-database";
import { SCHEMA_PATH } from "./migration-files";
import { listMigrationNames, MIGRATIONS_DIR } from "../../lib/db/migration-names";
import { applyPendingMigrations, pendingSchemaChanges } from "./schema-engine";

const scratch = mkdtempSync(path.join(tmpdir(), "backtrack-migrations-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("schema.prisma and prisma/migrations", () => {
  it("agree: every model change has its migration (run `npm run db:migration -- <name>` if this fails)", async () => {
    expect(await pendingSchemaChanges()).toBeNull();
  });

  it("would be reported as drift when the schema gains a model no migration creates", async () => {
    const schemaPath = path.join(scratch, "schema.prisma");
    writeFileSync(schemaPath, `${readFileSync(SCHEMA_PATH, "utf8")}\nmodel DriftProbe {\n  id Int @id\n}\n`);
    const sql = await pendingSchemaChanges({ schemaPath });
    expect(sql).toContain('CREATE TABLE "DriftProbe"');
  });
});

describe("applyPendingMigrations", () => {
  const fresh = useTestDatabase();

  it("applies only what the database lacks and records it in _prisma_migrations", async () => {
    // The per-file database is cloned from an already migrated template: nothing is pending.
    expect(await applyPendingMigrations(fresh.url)).toEqual([]);

    const migrationsDir = path.join(scratch, "migrations");
    cpSync(MIGRATIONS_DIR, migrationsDir, { recursive: true });
    const extra = path.join(migrationsDir, "29991231000000_probe");
    mkdirSync(extra);
    writeFileSync(path.join(extra, "migration.sql"), 'CREATE TABLE "MigrationProbe" ("id" INTEGER PRIMARY KEY);\n');

    expect(await applyPendingMigrations(fresh.url, migrationsDir)).toEqual(["29991231000000_probe"]);
    expect(await applyPendingMigrations(fresh.url, migrationsDir)).toEqual([]);
    const rows = await fresh.db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`;
    expect(rows.map((row) => row.migration_name)).toEqual([...listMigrationNames(), "29991231000000_probe"]);
  });
});

describe("a migration that fails part-way", () => {
  const database = useTestDatabase();

  it("leaves nothing of itself behind and is reported clearly on the next run", async () => {
    const migrationsDir = path.join(scratch, "failing");
    cpSync(MIGRATIONS_DIR, migrationsDir, { recursive: true });
    const broken = path.join(migrationsDir, "29991231000000_broken");
    mkdirSync(broken);
    writeFileSync(path.join(broken, "migration.sql"), 'CREATE TABLE "HalfDone" ("id" INTEGER);\nSELECT 1 / 0;\n');

    await expect(applyPendingMigrations(database.url, migrationsDir)).rejects.toThrow();
    const [table] = await database.db.$queryRaw<{ name: string | null }[]>`SELECT to_regclass('"HalfDone"')::text AS name`;
    expect(table?.name).toBeNull();
    await expect(applyPendingMigrations(database.url, migrationsDir)).rejects.toMatchObject({ name: "StartupError", fix: expect.stringContaining("db:reset") });
  });
});
