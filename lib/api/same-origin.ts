import { getEnv } from "../config/env";
import { ApiError } from "./api-error";

/**
 * CSRF defence for writes, on top of next-auth's SameSite cookie: the browser
 * must say the request comes from this site (Origin, or Sec-Fetch-Site when a
 * browser leaves Origin out). Requests with neither, e.g. from another site's
 * form or a script elsewhere, are refused.
 */
export function checkSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  const allowed = new Set([new URL(request.url).origin]);
  const publicUrl = getEnv().NEXTAUTH_URL;
  if (publicUrl) allowed.add(new URL(publicUrl).origin);
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (host) allowed.add(`${new URL(request.url).protocol}//${host}`);

  if (origin ? allowed.has(origin) : request.headers.get("sec-fetch-site") === "same-origin") return;
  throw new ApiError(403, "cross_origin", "This request must come from the BackTrack site itself.");
}
