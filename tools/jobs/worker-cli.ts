import { parseEnv } from "../../lib/config/env";
import { closeMailTransport } from "../../lib/mail/send-email";
import { startJobsFromEnv } from "./start-jobs";

/*
 * `npm run worker`: the job queue without the web server, for deployments that
 * run workers apart (set BACKTRACK_JOBS=0 on the web instances then). Needs
 * DATABASE_URL (the app role), NEXTAUTH_SECRET (signs unsubscribe links),
 * NEXTAUTH_URL (links in emails) and SMTP_URL. The owner must have prepared the
 * database (`npm start` or `npm run db:migrate` do). SIGTERM lets the jobs in
 * hand finish, then exits.
 */
async function main(): Promise<void> {
  const env = parseEnv();
  const jobs = await startJobsFromEnv({ ...env, BACKTRACK_JOBS: true });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(1), 30_000).unref();
    void (jobs?.stop() ?? Promise.resolve()).then(() => {
      closeMailTransport();
      process.exit(0);
    });
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
