import { afterEach, describe, expect, it } from "vitest";
import { listMigrationNames } from "../db/migration-names";
import { markDraining, resetLifecycleForTests } from "../lifecycle/shutdown";
import { useTestDatabase } from "../../tools/testing/test-database";
import { checkReadiness } from "./check-readiness";

describe("checkReadiness", () => {
  const database = useTestDatabase();
  afterEach(() => resetLifecycleForTests());

  it("is ready when not draining, the database answers and every migration is applied", async () => {
    expect(await checkReadiness(database.db)).toEqual({ status: "ok", draining: false, database: "ok", migrations: "ok" });
  });

  it("is not ready once the server has begun shutting down", async () => {
    markDraining();
    expect(await checkReadiness(database.db)).toMatchObject({ status: "unavailable", draining: true, database: "ok" });
  });

  it("is not ready while the database lacks a migration this build ships", async () => {
    const readiness = await checkReadiness(database.db, [...listMigrationNames(), "29991231000000_shipped_not_applied"]);
    expect(readiness).toMatchObject({ status: "unavailable", draining: false, migrations: "pending" });
  });
});
