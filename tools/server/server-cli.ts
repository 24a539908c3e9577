import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import next from "next";
import { EnvError, parseEnv } from "../../lib/config/env";
import { getLogger } from "../../lib/logging/logger";
import { onShutdown } from "../../lib/lifecycle/shutdown";
import { StartupError } from "../launcher/startup-error";
import { startJobsFromEnv } from "../jobs/start-jobs";
import { routeConsoleToLog } from "./console-to-log";
import { createGracefulStop } from "./graceful-stop";
import { createProductionServer } from "./production-server";
import { requestContext } from "./request-context";
import { SHUTDOWN_DEADLINE_MS, serverOptionsFromEnv } from "./server-options";
import { assertSecureConfiguration, listenHost } from "./startup-security";

/*
 * The production web server (`npm start` spawns it in place of `next start`;
 * the container image runs it bundled, deploy/Dockerfile): Next's request
 * handler behind our own node:http server, which sets the trusted client
 * address and request id, logs each request as a JSON line, adds HSTS for an
 * https portal and shuts down gracefully; with it, the job queue's workers
 * (unless BACKTRACK_JOBS=0). Expects NODE_ENV=production, DATABASE_URL,
 * NEXTAUTH_SECRET, NEXTAUTH_URL and a current build in .next/.
 */
async function main(): Promise<void> {
  const logger = getLogger();
  routeConsoleToLog(logger, () => requestContext.getStore()?.requestId);
  const env = parseEnv();
  // The launcher checks this too; a container runs this file without the launcher.
  assertSecureConfiguration(env);
  applyStandaloneConfig();
  const app = next({ dev: false, dir: process.cwd(), port: env.PORT });
  await app.prepare();
  const server = createProductionServer({ ...serverOptionsFromEnv(env, app.getRequestHandler()), logger });
  const host = listenHost(env);
  await server.listen(env.PORT, host);
  logger.info({ port: env.PORT, host, trustProxyHops: env.TRUST_PROXY_HOPS }, `BackTrack web server listening on ${host} port ${env.PORT}`);
  const jobs = await startJobsFromEnv(env);
  if (jobs) onShutdown("job queue", () => jobs.stop());

  const stop = createGracefulStop({
    closeServer: () => server.shutdown(),
    closeApp: () => app.close(),
    graceMs: env.SHUTDOWN_GRACE_SECONDS * 1000,
    deadlineMs: SHUTDOWN_DEADLINE_MS,
    logger,
    exit: (code) => process.exit(code),
  });
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

/**
 * Next's standalone output (the container image) has no next.config.ts to load:
 * the build wrote the resolved configuration beside it, and Next takes it from
 * this variable, as the standalone server.js it generates does.
 */
function applyStandaloneConfig(): void {
  const written = path.join(process.cwd(), ".next", "required-server-files.json");
  if (existsSync(path.join(process.cwd(), "next.config.ts")) || !existsSync(written)) return;
  const { config } = JSON.parse(readFileSync(written, "utf8")) as { config: unknown };
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG ??= JSON.stringify(config);
}

main().catch((error: unknown) => {
  if (error instanceof StartupError || error instanceof EnvError) getLogger().fatal(`backtrack: ${error.message}${error instanceof StartupError ? ` ${error.fix}` : ""}`);
  else console.error(error);
  process.exit(1);
});
