import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, createNonce } from "./lib/http/content-security-policy";

const isDev = process.env.NODE_ENV === "development";

/*
 * Optimistic only: pages and API handlers check the session themselves
 * (lib/auth/viewer.ts). This passes the requested path on, so a page that
 * sends someone to sign in can bring them back afterwards, and gives each page
 * its Content-Security-Policy with a fresh nonce: Next reads the policy from the
 * request headers and puts the nonce on its own scripts (every page renders
 * per request: the root layout reads the viewer).
 */
export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const policy = contentSecurityPolicy({ nonce, dev: isDev });
  const forwarded = new Headers(request.headers);
  forwarded.set("x-nonce", nonce);
  forwarded.set("x-backtrack-path", request.nextUrl.pathname + request.nextUrl.search);
  forwarded.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: forwarded } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

// Never /api: where proxy runs, Next buffers request bodies (up to 10 MB) before the handler sees them.
export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"],
};
