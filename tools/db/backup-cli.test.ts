import { spawn } from "node:child_process";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { removeEmbeddedPostgres } from "./embedded-postgres";

function run(script: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "production", BACKTRACK_PG_PORT: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, stdout, stderr })));
}

describe("npm run db:backup / db:restore", () => {
  const folders: string[] = [];
  afterAll(async () => {
    for (const folder of folders) await removeEmbeddedPostgres(folder);
  });

  it("backs up the embedded database to one file and restores it as a new data folder that BackTrack's commands then use", async () => {
    const work = await mkdtemp(path.join(tmpdir(), "backtrack-backup-cli-"));
    const original = path.join(work, "data");
    const restored = path.join(work, "restored");
    folders.push(original, restored, work);

    expect((await run("prisma/cli/migrate.ts", [], { BACKTRACK_DATA_DIR: original })).code).toBe(0);
    const created = await run("tools/clinic/clinic-cli.ts", ["create", "--name", "Backup Physio", "--admin-email", "owner@backup.example"], { BACKTRACK_DATA_DIR: original });
    expect(created.code).toBe(0);

    const backup = await run("tools/db/backup-cli.ts", ["backup", path.join(work, "backups")], { BACKTRACK_DATA_DIR: original });
    expect(backup.stderr).toBe("");
    const files = await readdir(path.join(work, "backups"));
    expect(files).toEqual([expect.stringMatching(/^backtrack-.+\.tar\.gz$/)]);
    const file = path.join(work, "backups", files[0]!);

    const restore = await run("tools/db/backup-cli.ts", ["restore", file], { BACKTRACK_DATA_DIR: restored });
    expect(restore.stderr).toBe("");
    expect(restore.stdout).toContain("(1 clinic(s))");
    const list = await run("tools/clinic/clinic-cli.ts", ["list"], { BACKTRACK_DATA_DIR: restored });
    expect(list.stdout).toMatch(/^Backup Physio\s+backup-physio\s+1\s+0\s+UTC\s+4$/m);

    const again = await run("tools/db/backup-cli.ts", ["restore", file], { BACKTRACK_DATA_DIR: restored });
    expect(again.code).toBe(1);
    expect(again.stderr.trim().split("\n")).toEqual([expect.stringContaining("already holds a database; a restore goes into a new data folder")]);
    await rm(path.join(work, "backups"), { recursive: true, force: true });
  }, 240_000);

  it("points an external database at its provider's backups", async () => {
    const result = await run("tools/db/backup-cli.ts", ["backup"], { DATABASE_URL: "postgresql://app@db.example/backtrack" });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^backtrack: db:backup works on the embedded database.*provider's backups/)]);
  }, 60_000);
});
