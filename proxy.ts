import { NextResponse, type NextRequest } from "next/server";

/*
 * Optimistic only: pages and API handlers check the session themselves
 * (lib/auth/viewer.ts). This passes the requested path on, so a page that
 * sends someone to sign in can bring them back afterwards.
 */
export function proxy(request: NextRequest) {
  const forwarded = new Headers(request.headers);
  forwarded.set("x-backtrack-path", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers: forwarded } });
}

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"],
};
