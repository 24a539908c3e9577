import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../tools/testing/test-database";

describe("npm run db:migrate", () => {
  const database = useTestDatabase();

  it("leaves a migrated database with the library catalog, as a deployment's one-shot migrate step needs", async () => {
    expect(await database.db.guide.count()).toBe(0);
    const run = spawnSync(process.execPath, ["--import", "tsx", "prisma/cli/migrate.ts"], {
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: database.appUrl ?? database.url, DATABASE_OWNER_URL: database.url },
      timeout: 120_000,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("No pending migrations (checked as");
    expect(await database.db.guide.count()).toBeGreaterThan(10);
    expect(await database.db.exercise.count()).toBeGreaterThan(10);
  });
});
