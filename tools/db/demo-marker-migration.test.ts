import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { listMigrationNames, MIGRATIONS_DIR } from "../../lib/db/migration-names";
import { runOnServer, withDatabase } from "../testing/database-global-setup";
import { findDemoData } from "../launcher/live-mode-checks";
import { applyPendingMigrations } from "./schema-engine";

const MARKER = listMigrationNames().find((name) => name.endsWith("_clinic_time_zone_and_demo_marker"))!;

describe("the migration that adds Clinic.isDemo", () => {
  it("marks the demo clinics of a database seeded before it, so live mode still finds them", async () => {
    const serverUrl = inject("testServerUrl");
    const name = `backtrack_marker_${randomBytes(5).toString("hex")}`;
    const before = await mkdtemp(path.join(tmpdir(), "backtrack-migrations-"));
    await runOnServer(serverUrl, `CREATE DATABASE ${pg.escapeIdentifier(name)}`);
    const url = withDatabase(serverUrl, name);
    try {
      for (const migration of listMigrationNames().filter((migration) => migration < MARKER)) {
        await cp(path.join(MIGRATIONS_DIR, migration), path.join(before, migration), { recursive: true });
      }
      await applyPendingMigrations(url, before);
      await query(url, `INSERT INTO "Clinic" (id, name, slug, "updatedAt") VALUES ('c1', 'Riverside Spine Clinic', 'riverside', now()),
        ('c2', 'Renamed Demo', 'renamed-demo', now()), ('c3', 'Real Clinic', 'real', now())`);
      await query(url, `INSERT INTO "User" (id, email, name, role, "clinicId", "twoFactorExempt", "updatedAt") VALUES
        ('u1', 'admin@riverside.example', 'A', 'ADMIN', 'c1', true, now()),
        ('u2', 'lee@renamed.example', 'B', 'CLINICIAN', 'c2', true, now()),
        ('u3', 'owner@real.example', 'C', 'ADMIN', 'c3', false, now())`);

      await applyPendingMigrations(url);
      const marked = await query(url, 'SELECT slug FROM "Clinic" WHERE "isDemo" ORDER BY slug');
      expect(marked.map((row) => row.slug)).toEqual(["renamed-demo", "riverside"]);
      expect(await findDemoData(url)).toEqual({ accounts: 2, clinics: ["Renamed Demo", "Riverside Spine Clinic"] });
    } finally {
      await rm(before, { recursive: true, force: true });
      await runOnServer(serverUrl, `DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
    }
  }, 120_000);
});

async function query(url: string, sql: string): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as Record<string, unknown>[];
  } finally {
    await client.end();
  }
}
