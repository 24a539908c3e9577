import type { TEnv } from "../../lib/config/env";
import { isHttpsAddress, isLoopbackAddress } from "../../lib/http/public-address";
import { StartupError } from "../launcher/startup-error";

/** The portal's public address: NEXTAUTH_URL, or this machine when unset. */
export function publicAddress(env: TEnv): string {
  return env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`;
}

/** The address the web server listens on: HOST, else loopback only, so a demo on a laptop is not on the network. */
export function listenHost(env: TEnv): string {
  return env.HOST ?? "127.0.0.1";
}

/**
 * Refuses a configuration that would carry passwords and health data in the clear,
 * or sign sessions with a secret that other instances of the same site do not share.
 */
export function assertSecureConfiguration(env: TEnv): void {
  const address = publicAddress(env);
  if (!isHttpsAddress(address) && !isLoopbackAddress(address) && !env.BACKTRACK_ALLOW_HTTP) {
    throw new StartupError(
      `NEXTAUTH_URL ${address} is plain http on a network address: passwords and health data would travel unencrypted.`,
      "Serve the portal over https (an https:// NEXTAUTH_URL, with TLS at your proxy), or set BACKTRACK_ALLOW_HTTP=1 on a closed test network.",
    );
  }
  // Each instance would otherwise generate its own secret, and a session signed by one fails at the others.
  if (env.DATABASE_URL && !env.NEXTAUTH_SECRET) {
    throw new StartupError(
      "NEXTAUTH_SECRET is not set, but DATABASE_URL is: every instance serving this database must sign sessions with the same secret.",
      "Set NEXTAUTH_SECRET to one random value of 32+ characters (e.g. `openssl rand -base64 32`) for all instances.",
    );
  }
}
