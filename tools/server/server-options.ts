import type { TEnv } from "../../lib/config/env";
import { strictTransportSecurity } from "../../lib/http/public-address";
import type { TProductionServerOptions, TRequestHandler } from "./production-server";

/** The server must be gone this long after SIGTERM/SIGINT, however busy. */
export const SHUTDOWN_DEADLINE_MS = 10_000;

/** What the production server takes from the configuration. */
export function serverOptionsFromEnv(env: TEnv, handle: TRequestHandler): TProductionServerOptions {
  const hsts = strictTransportSecurity(env.NEXTAUTH_URL);
  return {
    handle,
    trustProxyHops: env.TRUST_PROXY_HOPS,
    responseHeaders: hsts ? { "Strict-Transport-Security": hsts } : {},
    // After the grace period, leaves Next and the pool a moment to close after the last connection, inside the deadline.
    shutdownTimeoutMs: SHUTDOWN_DEADLINE_MS - env.SHUTDOWN_GRACE_SECONDS * 1000 - 2_000,
  };
}
