/**
 * The request header BackTrack's own HTTP server (tools/server) sets to the caller's
 * address. The server deletes whatever a client sent under this name first, so it is
 * the only address the app may trust. X-Forwarded-For is never read here: any client
 * can write it, and the server alone knows how many proxies of ours appended to it.
 */
export const CLIENT_ADDRESS_HEADER = "x-backtrack-client-ip";

/** Used for sign-in throttling and the audit trail; "unknown" when not served by our server (e.g. `next dev`). */
export function clientAddress(headers: Headers | Record<string, string | string[] | undefined>): string {
  const raw = headers instanceof Headers ? headers.get(CLIENT_ADDRESS_HEADER) : headers[CLIENT_ADDRESS_HEADER];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  return value ? value : "unknown";
}
