import type { TDatabase } from "../db/client";
import { listMigrationNames } from "../db/migration-names";

export { ZHealth, type THealth } from "./health-schema";
import type { THealth } from "./health-schema";

const TIMEOUT_MS = 3_000;

/**
 * Ready means: the database answers, and every migration in prisma/migrations
 * has been applied. Never throws; a failure is a reason in the answer.
 */
export async function checkHealth(db: TDatabase | (() => TDatabase), expected: string[] = listMigrationNames()): Promise<THealth> {
  let applied: Set<string> | null;
  try {
    applied = await withTimeout(appliedMigrations(typeof db === "function" ? db() : db), TIMEOUT_MS);
  } catch {
    return { status: "unavailable", database: "unreachable", migrations: "unknown", reason: "The database does not answer." };
  }
  const pending = applied === null ? expected : expected.filter((name) => !applied.has(name));
  if (pending.length > 0) {
    return { status: "unavailable", database: "ok", migrations: "pending", reason: `${pending.length} migration(s) not applied: run \`npm run db:migrate\`.` };
  }
  return { status: "ok", database: "ok", migrations: "ok" };
}

/** Names of finished migrations, or null when the database has never been migrated. */
async function appliedMigrations(db: TDatabase): Promise<Set<string> | null> {
  const [table] = await db.$queryRaw<{ exists: string | null }[]>`SELECT to_regclass('_prisma_migrations')::text AS exists`;
  if (!table?.exists) return null;
  const rows = await db.$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  return new Set(rows.map((row) => row.migration_name));
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}
