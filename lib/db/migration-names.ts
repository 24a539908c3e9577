import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

// Commands and the server both run from the repository root (npm sets the working directory).
export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

/**
 * Migration folder names in the order Prisma applies them (their timestamp
 * prefix). The server reads them at run time from the checkout it runs in
 * (`npm start` serves in place), so the bundler is told not to trace them.
 */
export function listMigrationNames(dir: string = MIGRATIONS_DIR): string[] {
  if (!existsSync(/* turbopackIgnore: true */ dir)) return [];
  return readdirSync(/* turbopackIgnore: true */ dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(/* turbopackIgnore: true */ path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}
