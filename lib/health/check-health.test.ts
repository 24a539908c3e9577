import { describe, expect, it } from "vitest";
import { createDatabaseClient } from "../db/client";
import { listMigrationNames } from "../db/migration-names";
import { useTestDatabase } from "../../tools/testing/test-database";
import { checkHealth } from "./check-health";

describe("checkHealth", () => {
  const database = useTestDatabase();

  it("is ok when the database answers and every migration is applied", async () => {
    expect(await checkHealth(database.db)).toEqual({ status: "ok", database: "ok", migrations: "ok" });
  });

  it("reports a migration in prisma/migrations that the database lacks", async () => {
    const health = await checkHealth(database.db, [...listMigrationNames(), "29991231000000_not_applied"]);
    expect(health).toMatchObject({ status: "unavailable", database: "ok", migrations: "pending" });
    expect(health.reason).toContain("1 migration(s) not applied");
  });

  it("reports every migration pending on a database that was never migrated", async () => {
    await database.db.$executeRawUnsafe('DROP TABLE "_prisma_migrations"');
    expect(await checkHealth(database.db)).toMatchObject({ migrations: "pending", status: "unavailable" });
  });

  it("reports an unreachable database without throwing", async () => {
    const nowhere = createDatabaseClient("postgresql://nobody:nothing@127.0.0.1:1/none");
    expect(await checkHealth(nowhere)).toMatchObject({ status: "unavailable", database: "unreachable" });
  });
});
