import type { TEnv } from "../../lib/config/env";
import { APP_POOL_SETTINGS, createDatabaseClient } from "../../lib/db/client";
import { startJobRunner, type TJobRunner } from "../../lib/jobs/job-runner";

/** The job queue's workers on DATABASE_URL, or null when BACKTRACK_JOBS=0 (a separate `npm run worker` does them). */
export async function startJobsFromEnv(env: TEnv): Promise<{ stop(): Promise<void> } | null> {
  if (!env.BACKTRACK_JOBS) return null;
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set: the job queue needs the database.");
  const db = createDatabaseClient(env.DATABASE_URL, APP_POOL_SETTINGS);
  const runner: TJobRunner = await startJobRunner({ databaseUrl: env.DATABASE_URL, db });
  console.log("BackTrack job queue started (reminder scan every minute, notification sends).");
  return {
    async stop() {
      await runner.stop();
      await db.$disconnect();
    },
  };
}
