import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { queryOnce as query } from "../testing/query-once";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "./embedded-postgres";


describe("the embedded PostgreSQL", () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), "backtrack-pg-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("keeps its data across a clean stop and a restart", async () => {
    const first = await startEmbeddedPostgres({ dataDir, port: 0, ephemeral: true });
    await query(first.url, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')");
    await first.stop();
    // A clean shutdown removes the lock file.
    expect(existsSync(path.join(dataDir, "postgres", "postmaster.pid"))).toBe(false);

    const second = await startEmbeddedPostgres({ dataDir, port: 0, ephemeral: true });
    try {
      expect(await query(second.url, "SELECT note FROM kept")).toEqual([{ note: "still here" }]);
    } finally {
      await second.stop();
    }
  });

  it("shares a server already running on the same folder instead of failing", async () => {
    const owner = await startEmbeddedPostgres({ dataDir, port: 0, ephemeral: true });
    try {
      const guest = await startEmbeddedPostgres({ dataDir, port: 0, ephemeral: true });
      expect(guest.port).toBe(owner.port);
      await guest.stop(); // not the guest's to stop: the owner's server keeps running
      expect(await query(owner.url, "SELECT 1 AS up")).toEqual([{ up: 1 }]);
    } finally {
      await owner.stop();
    }
  });
});

describe("loading the embedded PostgreSQL module", () => {
  it("keeps the process's exit code (a failing test run must not exit 0) and exits without crashing", () => {
    const tsx = path.resolve("node_modules/.bin/tsx");
    const run = spawnSync(tsx, ["-e", 'import("./tools/db/embedded-postgres.ts").then(() => { process.exitCode = 3; });'], { encoding: "utf8" });
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.status).toBe(3);
  });
});
