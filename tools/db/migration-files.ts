import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { MigrationList } from "@prisma/schema-engine-wasm";
import { listMigrationNames, MIGRATIONS_DIR } from "../../lib/db/migration-names";

export const SCHEMA_PATH = path.join(process.cwd(), "prisma", "schema.prisma");

/** The migrations folder in the shape Prisma's schema engine reads (`prisma migrate` does the same). */
export function loadMigrationList(dir: string = MIGRATIONS_DIR): MigrationList {
  const lockfilePath = path.join(dir, "migration_lock.toml");
  return {
    baseDir: dir,
    lockfile: {
      path: "migration_lock.toml",
      content: existsSync(lockfilePath) ? readFileSync(lockfilePath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: listMigrationNames(dir).map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: readFileSync(path.join(dir, name, "migration.sql"), "utf8") },
      },
    })),
  };
}

export function readSchemaFile(schemaPath: string = SCHEMA_PATH) {
  return { path: schemaPath, content: readFileSync(schemaPath, "utf8") };
}
