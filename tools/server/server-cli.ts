import next from "next";
import { parseEnv } from "../../lib/config/env";
import { startJobsFromEnv } from "../jobs/start-jobs";
import { createProductionServer } from "./production-server";
import { SHUTDOWN_DEADLINE_MS, serverOptionsFromEnv } from "./server-options";

/*
 * The production web server (`npm start` spawns it in place of `next start`):
 * Next's request handler behind our own node:http server, which sets the trusted
 * client address, adds HSTS for an https portal and shuts down gracefully;
 * with it, the job queue's workers (unless BACKTRACK_JOBS=0).
 * Expects what the launcher prepares: NODE_ENV=production, DATABASE_URL,
 * NEXTAUTH_SECRET, NEXTAUTH_URL and a current build in .next/.
 */
async function main(): Promise<void> {
  const env = parseEnv();
  const app = next({ dev: false, dir: process.cwd(), port: env.PORT });
  await app.prepare();
  const server = createProductionServer(serverOptionsFromEnv(env, app.getRequestHandler()));
  await server.listen(env.PORT);
  console.log(`BackTrack web server listening on port ${env.PORT}`);
  const jobs = await startJobsFromEnv(env);

  // Ctrl-C reaches this process and the launcher, which then sends SIGTERM too: stop once.
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(1), SHUTDOWN_DEADLINE_MS).unref();
    void server
      .shutdown()
      .then(() => jobs?.stop())
      .then(() => app.close())
      .then(() => process.exit(0));
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
