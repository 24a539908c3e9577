import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createBaseBackup, restoreBaseBackup } from "./base-backup";
import { removeEmbeddedPostgres, startEmbeddedPostgres, type TRunningPostgres } from "./embedded-postgres";

describe("db:backup and db:restore of the embedded cluster", () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  });

  async function cluster(dataDir: string): Promise<TRunningPostgres> {
    // Registered first: a cluster that fails to start is removed too (as root it may sit outside dataDir).
    cleanups.push(() => removeEmbeddedPostgres(dataDir));
    const server = await startEmbeddedPostgres({ dataDir, port: 0 });
    cleanups.push(() => server.stop());
    return server;
  }

  it("restores, into a new cluster on another port, every row committed before the backup stopped, though rows were being written throughout", async () => {
    const work = await mkdtemp(path.join(tmpdir(), "backtrack-backup-"));
    cleanups.push(() => rm(work, { recursive: true, force: true }));
    const sourceDir = path.join(work, "source");
    const source = await cluster(sourceDir);
    await writeFile(path.join(sourceDir, "app-password"), "app-secret\n", { mode: 0o600 });

    const setup = new pg.Client({ connectionString: source.url });
    await setup.connect();
    await setup.query("CREATE TABLE probe (id bigserial PRIMARY KEY, note text NOT NULL, filler text NOT NULL)");
    // Enough to span several data pages and WAL records before the backup begins.
    await setup.query("INSERT INTO probe (note, filler) SELECT 'before ' || n, repeat('x', 500) FROM generate_series(1, 5000) AS n");
    await setup.end();

    const writer = new pg.Client({ connectionString: source.url });
    await writer.connect();
    const committed: number[] = [];
    let writing = true;
    const writes = (async () => {
      for (let n = 0; writing; n += 1) {
        const result = await writer.query<{ id: string }>("INSERT INTO probe (note, filler) VALUES ($1, repeat('y', 800)) RETURNING id", [`during ${n}`]);
        committed.push(Number(result.rows[0]!.id));
        if (n % 50 === 0) await writer.query("UPDATE probe SET filler = repeat('z', 300) WHERE id % 97 = $1", [n % 97]);
      }
    })();

    let atStart: number[] = [];
    let atStop: number[] = [];
    const target = path.join(work, "backtrack.tar.gz");
    const backup = await createBaseBackup(
      { superuserUrl: source.url, clusterDir: source.clusterDir, dataDir: sourceDir, target },
      {
        started: () => {
          atStart = [...committed];
        },
        stopping: async () => {
          // Writes keep going while files are copied; give them a moment to land on copied pages.
          await new Promise((resolve) => setTimeout(resolve, 300));
          atStop = [...committed];
        },
      },
    );
    writing = false;
    await writes;
    await writer.end();
    expect(backup.stopLsn).not.toBe(backup.startLsn);
    expect(atStop.length).toBeGreaterThan(atStart.length);

    const restoredDir = path.join(work, "restored");
    await restoreBaseBackup({ file: target, dataDir: restoredDir });
    const restored = await cluster(restoredDir);
    expect(restored.port).not.toBe(source.port);
    const reader = new pg.Client({ connectionString: restored.url });
    await reader.connect();
    const rows = await reader.query<{ id: string; note: string }>("SELECT id, note FROM probe ORDER BY id");
    await reader.end();
    const ids = new Set(rows.rows.map((row) => Number(row.id)));
    expect(rows.rows.filter((row) => row.note.startsWith("before "))).toHaveLength(5000);
    for (const id of atStop) expect(ids.has(id)).toBe(true);
    // Nothing invented: every restored row was committed at the source.
    const all = new Set([...committed, ...Array.from({ length: 5000 }, (_, index) => index + 1)]);
    expect([...ids].filter((id) => !all.has(id))).toEqual([]);
    // The data folder's passwords come back with the cluster whose roles they open.
    expect(await readFile(path.join(restoredDir, "app-password"), "utf8")).toBe("app-secret\n");
  }, 180_000);

  it("refuses to restore over a data folder that already has a database", async () => {
    const work = await mkdtemp(path.join(tmpdir(), "backtrack-backup-"));
    cleanups.push(() => rm(work, { recursive: true, force: true }));
    const dataDir = path.join(work, "existing");
    await cluster(dataDir);
    await expect(restoreBaseBackup({ file: path.join(work, "none.tar.gz"), dataDir })).rejects.toMatchObject({ message: expect.stringContaining("already holds a database") });
  }, 120_000);
});
