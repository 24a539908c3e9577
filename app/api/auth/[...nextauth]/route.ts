import NextAuth from "next-auth";
import { hashQueue, HASH_QUEUE_RETRY_AFTER_SECONDS } from "@/lib/auth/hash-queue";
import { authOptions } from "@/lib/auth/next-auth-options";

// next-auth's own endpoints (sign-in callback, CSRF token, sign-out, session).
const handler = NextAuth(authOptions);

/** A sign-in while this process's password checks are all taken and queued answers 429 at once, before any work. */
async function post(request: Request, context: unknown): Promise<Response> {
  if (new URL(request.url).pathname.endsWith("/callback/credentials") && hashQueue.isFull()) {
    return Response.json(
      { error: { code: "too_many_requests", message: "BackTrack is busy checking passwords. Try again in a few seconds." } },
      { status: 429, headers: { "Retry-After": String(HASH_QUEUE_RETRY_AFTER_SECONDS), "Cache-Control": "no-store" } },
    );
  }
  return handler(request, context);
}

export { handler as GET, post as POST };
