import type { TDatabase } from "../../lib/db/client";

/**
 * Every application table's row count and newest row version (the highest
 * `xmin`): it changes when any row is inserted, updated or deleted, so two
 * equal fingerprints mean nothing was stored in between.
 */
export async function tableFingerprint(db: TDatabase): Promise<Record<string, string>> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
    ORDER BY table_name`;
  const columns = tables.map(
    ({ name }) => `(SELECT count(*) || ':' || coalesce(max(xmin::text::bigint), 0) FROM "${name.replaceAll('"', '""')}") AS "${name.replaceAll('"', '""')}"`,
  );
  const [row] = await db.$queryRawUnsafe<Record<string, string>[]>(`SELECT ${columns.join(", ")}`);
  return row ?? {};
}

/** The tables whose fingerprint differs. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after }).filter((table) => before[table] !== after[table]);
}
