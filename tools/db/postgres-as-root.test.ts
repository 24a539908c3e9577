import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { queryOnce as query } from "../testing/query-once";
import { afterAll, describe, expect, it } from "vitest";
import { StartupError } from "../launcher/startup-error";
import { removeEmbeddedPostgres, startEmbeddedPostgres } from "./embedded-postgres";
import { canReach, isRoot, packageBinaries, postgresIds } from "./postgres-as-root";


/*
 * The clone-in-root's-home case: as root, PostgreSQL runs as the "postgres"
 * user, which cannot enter a mode-700 folder, neither to execute initdb from
 * node_modules (spawn EACCES) nor to write the cluster. Only root can run it.
 */
describe.skipIf(!isRoot())("as root, a project in a folder only root may enter (skipped: needs root, the case being reproduced)", () => {
  const project = mkdtempSync(path.join(tmpdir(), "backtrack-root-home-"));
  const sharedDir = mkdtempSync(path.join(tmpdir(), "backtrack-shared-"));
  chmodSync(project, 0o700);
  chmodSync(sharedDir, 0o755);
  const dataDir = path.join(project, ".data");
  afterAll(async () => {
    await removeEmbeddedPostgres(dataDir, sharedDir);
    rmSync(project, { recursive: true, force: true });
    rmSync(sharedDir, { recursive: true, force: true });
  });

  it("starts the embedded PostgreSQL from binaries and a data folder inside it, answers, and keeps data across a restart", { timeout: 240_000 }, async () => {
    // node_modules inside the mode-700 folder, as in a clone under /root.
    const nativeDir = path.join(project, "node_modules", "native");
    cpSync((await packageBinaries()).nativeDir, nativeDir, { recursive: true, verbatimSymlinks: true });
    expect(canReach(postgresIds(), path.join(nativeDir, "bin", "initdb"))).toBe(false);
    expect(canReach(postgresIds(), dataDir)).toBe(false);

    const first = await startEmbeddedPostgres({ dataDir, port: 0, ephemeral: true, sharedDir, nativeDir });
    try {
      expect(first.clusterDir.startsWith(path.join(sharedDir, "clusters") + path.sep)).toBe(true);
      expect(await query(first.url, "SELECT current_user AS who")).toEqual([{ who: "postgres" }]);
      await query(first.url, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')");
    } finally {
      await first.stop();
    }
    expect(existsSync(path.join(first.clusterDir, "postmaster.pid"))).toBe(false);

    const second = await startEmbeddedPostgres({ dataDir, port: 0, ephemeral: true, sharedDir, nativeDir });
    try {
      expect(second.clusterDir).toBe(first.clusterDir);
      expect(await query(second.url, "SELECT note FROM kept")).toEqual([{ note: "still here" }]);
    } finally {
      await second.stop();
    }

    await removeEmbeddedPostgres(dataDir, sharedDir);
    expect(existsSync(first.clusterDir)).toBe(false);
  });

  it("stops with one line saying why when the shared folder is out of the postgres user's reach too", { timeout: 60_000 }, async () => {
    const lockedShared = path.join(project, "shared");
    mkdirSync(lockedShared);
    const attempt = startEmbeddedPostgres({ dataDir: path.join(project, "other-data"), port: 0, sharedDir: lockedShared });
    await expect(attempt).rejects.toBeInstanceOf(StartupError);
    await expect(attempt).rejects.toThrow(/postgres" user, which cannot enter .*shared/);
  });
});
