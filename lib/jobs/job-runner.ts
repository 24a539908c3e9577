import PgBoss from "pg-boss";
import type { TDatabase } from "../db/client";
import { deliverNotification, failureReason } from "../notifications/deliver-notification";
import { runReminderScan } from "../reminders/run-reminder-scan";
import { jobIdFor } from "./job-id";
import { DELIVERY_QUEUE, JOB_SCHEMA, RETENTION_QUEUE, SCAN_QUEUE } from "./queues";
import { runRetentionReview } from "../clinic-records/retention-review";

export type TJobRunner = {
  boss: PgBoss;
  /** Stops fetching, lets jobs in hand finish (up to `timeoutMs`), closes the queue's connections. */
  stop(timeoutMs?: number): Promise<void>;
};

export type TJobRunnerOptions = {
  /** The app role's connection string: pg-boss here only reads and writes rows (migrate: false). */
  databaseUrl: string;
  db: TDatabase;
  /** Run the every-minute scan's cron (off in tests that drive the scan themselves). */
  schedule?: boolean;
  /** Deliveries fetched per poll and the poll interval (the bench raises the first). */
  batchSize?: number;
  pollingIntervalSeconds?: number;
  log?: (message: string) => void;
};

/** Queues the deliveries for sending; ids derived from the delivery make a second enqueue of the same one a no-op. */
export async function enqueueDeliveries(boss: PgBoss, deliveryIds: readonly string[]): Promise<void> {
  for (let start = 0; start < deliveryIds.length; start += 1000) {
    const jobs = deliveryIds.slice(start, start + 1000).map((deliveryId) => ({ id: jobIdFor(`delivery:${deliveryId}`), name: DELIVERY_QUEUE, data: { deliveryId } }));
    await boss.insert(jobs);
  }
}

/**
 * One scan at `asOf`, then every delivery still PENDING goes (back) on the
 * queue: those of this scan, and those written elsewhere in the outbox (an
 * emergency flag raised by a check-in) whose first enqueue was lost.
 */
export async function scanAndEnqueue(db: TDatabase, boss: PgBoss, asOf: Date): Promise<{ notifications: number; enqueued: number }> {
  const { notifications } = await runReminderScan(db, asOf);
  const pending = await db.notificationDelivery.findMany({ where: { status: "PENDING" }, select: { id: true } });
  await enqueueDeliveries(
    boss,
    pending.map((row) => row.id),
  );
  return { notifications, enqueued: pending.length };
}

/**
 * pg-boss in this process: the every-minute scan (pg-boss's cron fires it
 * once per minute across all instances, and its queue lets one run at a time)
 * and the delivery workers (each job is fetched by one instance only: FOR
 * UPDATE SKIP LOCKED). `npm start` and `npm run worker` both call this.
 */
export async function startJobRunner(options: TJobRunnerOptions): Promise<TJobRunner> {
  const log = options.log ?? ((message: string) => console.error(message));
  const boss = new PgBoss({
    connectionString: options.databaseUrl,
    schema: JOB_SCHEMA,
    migrate: false,
    schedule: options.schedule ?? true,
    supervise: true,
    max: 4,
  });
  // Queue errors carry SQL and ids, never notification text.
  boss.on("error", (error: Error) => log(`Job queue: ${error.message}`));
  await boss.start();

  await boss.work(SCAN_QUEUE, { pollingIntervalSeconds: 2 }, async () => {
    await scanAndEnqueue(options.db, boss, new Date());
  });
  await boss.work(RETENTION_QUEUE, { pollingIntervalSeconds: 10 }, async () => {
    await runRetentionReview(options.db, new Date());
  });
  await boss.work<{ deliveryId: string }>(
    DELIVERY_QUEUE,
    { includeMetadata: true, batchSize: options.batchSize ?? 20, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1 },
    async (jobs) => {
      // Each job succeeds or fails on its own: a failed one is failed here (to retry), the rest complete with the batch.
      await Promise.all(
        jobs.map(async (job) => {
          try {
            await deliverNotification(options.db, job.data.deliveryId, { lastAttempt: job.retryCount >= job.retryLimit });
          } catch (error) {
            await boss.fail(DELIVERY_QUEUE, job.id, { reason: failureReason(error) });
          }
        }),
      );
    },
  );

  return {
    boss,
    async stop(timeoutMs = 10_000) {
      await boss.stop({ graceful: true, wait: true, timeout: timeoutMs });
    },
  };
}
