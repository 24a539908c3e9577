import next from "next";
import { parseEnv } from "../../lib/config/env";
import { strictTransportSecurity } from "../../lib/http/public-address";
import { createProductionServer } from "./production-server";

/*
 * The production web server (`npm start` spawns it in place of `next start`):
 * Next's request handler behind our own node:http server, which sets the trusted
 * client address, adds HSTS for an https portal and shuts down gracefully.
 * Expects what the launcher prepares: NODE_ENV=production, DATABASE_URL,
 * NEXTAUTH_SECRET, NEXTAUTH_URL and a current build in .next/.
 */
const SHUTDOWN_DEADLINE_MS = 10_000;

async function main(): Promise<void> {
  const env = parseEnv();
  const app = next({ dev: false, dir: process.cwd(), port: env.PORT });
  await app.prepare();
  const hsts = strictTransportSecurity(env.NEXTAUTH_URL);
  const server = createProductionServer({
    handle: app.getRequestHandler(),
    trustProxyHops: env.TRUST_PROXY_HOPS,
    responseHeaders: hsts ? { "Strict-Transport-Security": hsts } : {},
    // Leaves Next a moment to close after the last connection, inside the deadline.
    shutdownTimeoutMs: SHUTDOWN_DEADLINE_MS - 2_000,
  });
  await server.listen(env.PORT);
  console.log(`BackTrack web server listening on port ${env.PORT}`);

  const stop = () => {
    setTimeout(() => process.exit(1), SHUTDOWN_DEADLINE_MS).unref();
    void server
      .shutdown()
      .then(() => app.close())
      .then(() => process.exit(0));
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
