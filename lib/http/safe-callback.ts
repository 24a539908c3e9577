// Any origin will do: a callback is resolved against it only to see whether it would leave the site.
const PROBE_ORIGIN = "https://backtrack.invalid";

/**
 * The path (with its query) a sign-in may send someone back to, or null.
 * Parsed the way a browser will parse it, so `//evil.example`, `/\evil.example`
 * and `/<TAB>/evil.example` (browsers drop tabs and read `\` as `/`) are seen
 * for what they are: another origin. Only path + query survive.
 */
export function safeCallbackPath(value: unknown): string | null {
  if (typeof value !== "string" || !value.startsWith("/")) return null;
  let url: URL;
  try {
    url = new URL(value, PROBE_ORIGIN);
  } catch {
    return null;
  }
  return url.origin === PROBE_ORIGIN ? url.pathname + url.search : null;
}
