import { randomBytes } from "node:crypto";
import pg from "pg";
import { queryOnce as asRole } from "../testing/query-once";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { useTestDatabase } from "../testing/test-database";
import { judgeAppRole } from "../launcher/app-role-check";
import { StartupError } from "../launcher/startup-error";
import { checkAppRole, ensureAppRole, grantAppPrivileges } from "./app-role";

describe("the app's database role", () => {
  const database = useTestDatabase();
  // Roles belong to the whole server: one of its own per run, dropped afterwards.
  const role = `backtrack_app_test_${randomBytes(4).toString("hex")}`;
  const password = randomBytes(12).toString("hex");
  let appUrl: string;
  beforeAll(async () => {
    await ensureAppRole(database.url, role, password);
    await grantAppPrivileges(database.url, role);
    const url = new URL(database.url);
    url.username = role;
    url.password = password;
    appUrl = url.toString();
  });
  afterAll(async () => {
    await asRole(database.url, `DROP OWNED BY ${pg.escapeIdentifier(role)}`);
    const server = new URL(database.url);
    server.pathname = "/postgres";
    await asRole(server.toString(), `DROP ROLE IF EXISTS ${pg.escapeIdentifier(role)}`);
  });

  it("exists in every test database as the app would use it", async ({ skip }) => {
    if (!database.appUrl) return skip("an external DATABASE_URL: the test run creates no roles there");
    expect(await checkAppRole(database.appUrl)).toEqual({ ok: true });
    await expect(asRole(database.appUrl, `DELETE FROM "AuditEvent"`)).rejects.toThrow(/permission denied/);
    await expect(asRole(database.appUrl, `TRUNCATE "AuditEvent"`)).rejects.toThrow(/permission denied/);
  });

  it("may insert into and read the audit trail, but not update, delete or truncate it", async () => {
    await asRole(appUrl, `INSERT INTO "AuditEvent" ("id", "action") VALUES ('role-test', 'test.insert')`);
    expect(await asRole(appUrl, `SELECT "action" FROM "AuditEvent" WHERE "id" = 'role-test'`)).toEqual([{ action: "test.insert" }]);
    await expect(asRole(appUrl, `UPDATE "AuditEvent" SET "action" = 'rewritten'`)).rejects.toThrow(/permission denied/);
    await expect(asRole(appUrl, `DELETE FROM "AuditEvent"`)).rejects.toThrow(/permission denied/);
    await expect(asRole(appUrl, `TRUNCATE "AuditEvent"`)).rejects.toThrow(/permission denied/);
  });

  it("may change the other tables, and those a later migration creates, but not the migration history", async () => {
    expect(await asRole(appUrl, `UPDATE "Clinic" SET "name" = "name"`)).toEqual([]);
    await asRole(database.url, `CREATE TABLE "LaterTable" ("id" serial PRIMARY KEY, "note" text)`);
    await asRole(appUrl, `INSERT INTO "LaterTable" ("note") VALUES ('ok')`);
    await asRole(appUrl, `DELETE FROM "LaterTable"`);
    await expect(asRole(appUrl, `DELETE FROM "_prisma_migrations"`)).rejects.toThrow(/permission denied/);
  });

  it("passes the start-up check; the owner, or a role that may rewrite the trail, does not", async () => {
    expect(await checkAppRole(appUrl)).toEqual({ ok: true });
    expect(await checkAppRole(database.url)).toMatchObject({ ok: false, kind: "same-as-owner" });
    await asRole(database.url, `GRANT UPDATE, TRUNCATE ON "AuditEvent" TO ${pg.escapeIdentifier(role)}`);
    const loose = await checkAppRole(appUrl);
    expect(loose).toEqual({ ok: false, kind: "can-rewrite-audit", role, privileges: ["UPDATE", "TRUNCATE"] });
    expect(() => judgeAppRole(loose, "demo")).toThrow(StartupError);
    await grantAppPrivileges(database.url, role);
    expect(await checkAppRole(appUrl)).toEqual({ ok: true });
  });

  it("refuses the owner as the app's role in live mode and only warns in demo mode", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const owner = { ok: false, kind: "same-as-owner", role: "postgres" } as const;
    expect(() => judgeAppRole(owner, "live")).toThrow(/could rewrite the audit trail/);
    judgeAppRole(owner, "demo");
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/warning: .*"postgres"/));
    warn.mockRestore();
  });
});

