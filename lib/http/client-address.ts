/**
 * The caller's address as the nearest hop saw it: the last X-Forwarded-For
 * entry (a proxy appends the address it saw; `next start` sets the socket's
 * when there is no proxy). Used for throttling and the audit trail.
 */
export function clientAddress(headers: Headers | Record<string, string | string[] | undefined>): string {
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : headers["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw.join(",") : raw;
  const last = value?.split(",").map((part) => part.trim()).filter(Boolean).at(-1);
  return last ?? "unknown";
}
