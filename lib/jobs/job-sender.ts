import PgBoss from "pg-boss";
import type { TDatabase } from "../db/client";
import { scanAndEnqueue } from "./job-runner";
import { JOB_SCHEMA, SCAN_QUEUE } from "./queues";

// One sending-only pg-boss per process (no workers, no cron, no maintenance); dev-mode reloads reuse it.
const globalForJobs = globalThis as typeof globalThis & { backtrackJobSender?: Promise<PgBoss> };

function sender(databaseUrl: string): Promise<PgBoss> {
  globalForJobs.backtrackJobSender ??= (async () => {
    const boss = new PgBoss({ connectionString: databaseUrl, schema: JOB_SCHEMA, migrate: false, supervise: false, schedule: false, max: 2 });
    boss.on("error", (error: Error) => console.error(`Job queue: ${error.message}`));
    await boss.start();
    return boss;
  })().catch((error: unknown) => {
    globalForJobs.backtrackJobSender = undefined;
    throw error;
  });
  return globalForJobs.backtrackJobSender;
}

/**
 * Asks for a scan now (after an emergency flag): the scan queues every
 * pending delivery, so the care team's email goes out within seconds rather
 * than at the next minute. Best effort: if it fails, the minute's scan does it.
 */
export async function requestScanSoon(databaseUrl: string): Promise<void> {
  try {
    await (await sender(databaseUrl)).send(SCAN_QUEUE, {});
  } catch (error) {
    console.error(`Job queue: could not ask for a scan (${error instanceof Error ? error.message : "unknown error"}); the next minute's scan sends it.`);
  }
}

/** The test hook's scan: as of `asOf`, in this request, with its sends queued for the workers. */
export async function runScanNow(db: TDatabase, databaseUrl: string, asOf: Date): Promise<{ notifications: number; enqueued: number }> {
  return scanAndEnqueue(db, await sender(databaseUrl), asOf);
}
