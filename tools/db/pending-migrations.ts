import pg from "pg";
import { listMigrationNames } from "../../lib/db/migration-names";

/**
 * The migrations in prisma/migrations this database has not finished, oldest
 * first; all of them on a database never migrated. Read-only, so it can be
 * asked before deciding whether start-up may migrate.
 */
export async function pendingMigrations(databaseUrl: string, expected: string[] = listMigrationNames()): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const table = await client.query<{ name: string | null }>("SELECT to_regclass('_prisma_migrations')::text AS name");
    if (!table.rows[0]?.name) return expected;
    const applied = await client.query<{ migration_name: string }>(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    );
    const done = new Set(applied.rows.map((row) => row.migration_name));
    return expected.filter((name) => !done.has(name));
  } finally {
    await client.end();
  }
}
