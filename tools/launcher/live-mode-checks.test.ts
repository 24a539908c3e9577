import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { parseEnv, type TEnv } from "../../lib/config/env";
import { listMigrationNames } from "../../lib/db/migration-names";
import { createDatabaseClient } from "../../lib/db/client";
import { seedDemoData } from "../../prisma/seed";
import { runOnServer, withDatabase } from "../testing/database-global-setup";
import { useTestDatabase } from "../testing/test-database";
import { pendingMigrations } from "../db/pending-migrations";
import { demoDataProblem, findDemoData, liveConfigurationProblems } from "./live-mode-checks";
import { findFreePort } from "./ports";
import { prepareDatabase } from "./prepare-database";
import { StartupError } from "./startup-error";

const SECRET = randomBytes(32).toString("base64url");
const LIVE = { BACKTRACK_MODE: "live", NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: "https://portal.harbor.example", SMTP_URL: "smtp://mail.harbor.example:587" };

function live(overrides: Partial<TEnv> = {}, raw: Record<string, string> = {}): TEnv {
  return { ...parseEnv({ ...LIVE, ...raw }), ...overrides };
}

function messages(env: TEnv): string[] {
  return liveConfigurationProblems(env).map((problem) => problem.message);
}

describe("live mode's configuration refusals, one line each", () => {
  it("accepts a complete live configuration", () => {
    expect(messages(live())).toEqual([]);
  });

  it("refuses a missing or short NEXTAUTH_SECRET", () => {
    expect(messages(live({ NEXTAUTH_SECRET: undefined }))).toEqual([expect.stringContaining("NEXTAUTH_SECRET")]);
    expect(messages(live({ NEXTAUTH_SECRET: "x".repeat(31) }))).toEqual([expect.stringContaining("NEXTAUTH_SECRET")]);
  });

  it("refuses a NEXTAUTH_URL that is not https, even on loopback, unless BACKTRACK_ALLOW_HTTP=1", () => {
    expect(messages(live({ NEXTAUTH_URL: undefined }))).toEqual([expect.stringContaining("https:// NEXTAUTH_URL")]);
    expect(messages(live({}, { NEXTAUTH_URL: "http://10.0.0.5:3000" }))).toEqual([expect.stringContaining("http://10.0.0.5:3000")]);
    expect(messages(live({}, { NEXTAUTH_URL: "http://localhost:3000" }))).toHaveLength(1);
    expect(messages(live({}, { NEXTAUTH_URL: "http://10.0.0.5:3000", BACKTRACK_ALLOW_HTTP: "1" }))).toEqual([]);
  });

  it("refuses a missing SMTP_URL", () => {
    expect(messages(live({ SMTP_URL: undefined }))).toEqual([expect.stringContaining("SMTP_URL")]);
  });

  it("names every problem at once, each with its fix", () => {
    const problems = liveConfigurationProblems(live({ NEXTAUTH_SECRET: undefined, NEXTAUTH_URL: undefined, SMTP_URL: undefined }));
    expect(problems).toHaveLength(3);
    for (const problem of problems) {
      expect(problem).toBeInstanceOf(StartupError);
      expect(`${problem.message} ${problem.fix}`).not.toContain("\n");
    }
  });
});

describe("demo data in the database", () => {
  const database = useTestDatabase();

  it("finds none in a database of real clinics", async () => {
    const clinic = await database.db.clinic.create({ data: { name: "Harbor Physio", slug: "harbor-physio-live" } });
    await database.db.user.create({ data: { email: "owner@harbor-live.example", name: "Owner", role: "ADMIN", clinicId: clinic.id } });
    expect(demoDataProblem(await findDemoData(database.url))).toBeNull();
  });

  it("finds the accounts of a clinic marked as demo", async () => {
    const clinic = await database.db.clinic.create({ data: { name: "Demo Clinic", slug: "demo-one", isDemo: true } });
    await database.db.user.create({ data: { email: "admin@demo-one.example", name: "Demo Admin", role: "ADMIN", clinicId: clinic.id } });
    const found = await findDemoData(database.url);
    expect(found).toEqual({ accounts: 1, clinics: ["Demo Clinic"] });
    expect(demoDataProblem(found)?.message).toMatch(/demo data: 1 demo account\(s\) in Demo Clinic/);
  });

  it("finds a demo-style account (no second sign-in step) even in a clinic not marked as demo", async () => {
    const clinic = await database.db.clinic.findUniqueOrThrow({ where: { slug: "harbor-physio-live" } });
    await database.db.user.create({ data: { email: "exempt@harbor-live.example", name: "Exempt", role: "CLINICIAN", clinicId: clinic.id, twoFactorExempt: true } });
    expect(await findDemoData(database.url)).toEqual({ accounts: 2, clinics: ["Demo Clinic", "Harbor Physio"] });
  });
});

describe("migrations at start-up", () => {
  const serverUrl = inject("testServerUrl");

  async function emptyDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
    const name = `backtrack_live_${randomBytes(5).toString("hex")}`;
    await runOnServer(serverUrl, `CREATE DATABASE ${pg.escapeIdentifier(name)}`);
    return { url: withDatabase(serverUrl, name), drop: () => runOnServer(serverUrl, `DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`) };
  }

  it("live mode refuses pending migrations by name and says which command to run; MIGRATE_ON_START=1 applies them and seeds nothing", async () => {
    const database = await emptyDatabase();
    try {
      const all = listMigrationNames();
      expect(await pendingMigrations(database.url)).toEqual(all);
      const refusal = prepareDatabase(database.url, { mode: "live" });
      await expect(refusal).rejects.toBeInstanceOf(StartupError);
      await expect(refusal).rejects.toMatchObject({ message: expect.stringContaining(all.at(-1)!), fix: expect.stringContaining("npm run db:migrate") });
      expect(await pendingMigrations(database.url)).toEqual(all);

      await prepareDatabase(database.url, { mode: "live", migrateOnStart: true });
      expect(await pendingMigrations(database.url)).toEqual([]);
      const db = createDatabaseClient(database.url);
      try {
        expect(await db.clinic.count()).toBe(0);
      } finally {
        await db.$disconnect();
      }
      // Up to date: live mode starts without MIGRATE_ON_START.
      await expect(prepareDatabase(database.url, { mode: "live" })).resolves.toBeUndefined();
    } finally {
      await database.drop();
    }
  });

  it("demo mode applies pending migrations and seeds the demo clinics, marked as demo", async () => {
    const database = await emptyDatabase();
    try {
      await prepareDatabase(database.url, { mode: "demo" });
      expect(await pendingMigrations(database.url)).toEqual([]);
      const found = await findDemoData(database.url);
      expect(found.clinics).toEqual(["Harbor Physio", "Riverside Spine Clinic"]);
      // Live mode then refuses the same database.
      await expect(prepareDatabase(database.url, { mode: "live" })).rejects.toMatchObject({ message: expect.stringContaining("demo data") });
    } finally {
      await database.drop();
    }
  });

  it("names only the migrations a database lacks", async () => {
    const database = await emptyDatabase();
    try {
      await prepareDatabase(database.url, { mode: "live", migrateOnStart: true });
      expect(await pendingMigrations(database.url, [...listMigrationNames(), "29991231000000_next"])).toEqual(["29991231000000_next"]);
    } finally {
      await database.drop();
    }
  });
});

describe("npm run db:migrate", () => {
  it("migrates as DATABASE_OWNER_URL and grants the app's role (DATABASE_URL) what it needs", async () => {
    const appRole = inject("testAppRole");
    if (!appRole) return; // An external test server has no app role of ours.
    const serverUrl = inject("testServerUrl");
    const name = `backtrack_migrate_${randomBytes(5).toString("hex")}`;
    await runOnServer(serverUrl, `CREATE DATABASE ${pg.escapeIdentifier(name)}`);
    const ownerUrl = withDatabase(serverUrl, name);
    const appUrl = new URL(ownerUrl);
    appUrl.username = appRole.name;
    appUrl.password = appRole.password;
    try {
      const child = spawn(process.execPath, ["--import", "tsx", "prisma/cli/migrate.ts"], {
        env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "production", BACKTRACK_MODE: "live", DATABASE_URL: appUrl.toString(), DATABASE_OWNER_URL: ownerUrl },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stdout = "";
      child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
      child.stderr.resume();
      expect(await new Promise((resolve) => child.once("exit", resolve))).toBe(0);
      expect(stdout).toContain(`Applied ${listMigrationNames().length} migration(s) as "${new URL(serverUrl).username}"`);
      expect(await pendingMigrations(appUrl.toString())).toEqual([]);
      const db = createDatabaseClient(appUrl.toString());
      try {
        expect(await db.clinic.count()).toBe(0);
      } finally {
        await db.$disconnect();
      }
    } finally {
      await runOnServer(serverUrl, `DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
    }
  }, 120_000);
});

describe("npm start in live mode", () => {
  const database = useTestDatabase();

  function runStart(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
    const child = spawn(process.execPath, ["--import", "tsx", "tools/launcher/start-cli.ts"], {
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "production", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.stdout.resume();
    return new Promise((resolve) => child.once("exit", (code) => resolve({ code, stderr })));
  }

  it("refuses to start on a database holding the demo clinics, with one line", async () => {
    await seedDemoData(database.db, { password: "backtrack-demo" });
    const dataDir = await mkdtemp(path.join(tmpdir(), "backtrack-live-"));
    try {
      const result = await runStart({
        ...LIVE,
        DATABASE_URL: database.appUrl ?? database.url,
        DATABASE_OWNER_URL: database.url,
        PORT: String(await findFreePort()),
        BACKTRACK_DATA_DIR: dataDir,
      });
      expect(result.code).toBe(1);
      const lines = result.stderr.trim().split("\n");
      expect(lines).toEqual([expect.stringMatching(/^backtrack: Live mode refuses a database with demo data: \d+ demo account\(s\) in Harbor Physio, Riverside Spine Clinic/)]);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);

  it("names every configuration problem before touching a database", async () => {
    const result = await runStart({ BACKTRACK_MODE: "live", NEXTAUTH_URL: "http://10.0.0.5:3000", PORT: String(await findFreePort()), DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none" });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines.join("\n")).toMatch(/NEXTAUTH_SECRET[\s\S]*NEXTAUTH_URL[\s\S]*SMTP_URL/);
  }, 60_000);
});
