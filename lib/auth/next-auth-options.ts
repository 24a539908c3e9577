import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getEnv } from "../config/env";
import { getDb } from "../db/client";
import { isDatabaseUnavailable } from "../db/database-unavailable";
import { TryLaterError } from "../errors/domain-errors";
import { clientAddress } from "../http/client-address";
import { isHttpsAddress } from "../http/public-address";
import { revokeSession } from "./sessions";
import { signInWithPassword } from "./sign-in";

function userAgentOf(headers: Record<string, string | string[] | undefined>): string | null {
  const value = headers["user-agent"];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/** The message a locked account's sign-in fails with: "locked:<ISO time it opens again>". */
export const LOCKED_PREFIX = "locked:";
/** The message a sign-in fails with while the database cannot be reached (instead of a wrong-password answer). */
export const DATABASE_UNAVAILABLE = "database_unavailable";
/** The message a sign-in fails with while too many password checks are already queued: "busy:<seconds to wait>". */
export const BUSY_PREFIX = "busy:";

/*
 * next-auth handles the cookie (signed, encrypted, httpOnly, SameSite=Lax)
 * and its own CSRF token. The token carries only the id of a UserSession row;
 * lib/auth/viewer.ts checks that row on every request, which is how idle
 * timeouts, sign-out everywhere and deactivation take effect at once.
 */
export const authOptions: NextAuthOptions = {
  // Set from the public address, not left to next-auth's own guess, so cookies are
  // Secure (and __Secure-/__Host- named) behind a TLS proxy too, and never on http.
  useSecureCookies: isHttpsAddress(getEnv().NEXTAUTH_URL),
  session: { strategy: "jwt", maxAge: getEnv().SESSION_MAX_HOURS * 3600 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        if (!credentials?.email || !credentials.password) return null;
        const result = await signInWithPassword(getDb(), {
          email: credentials.email,
          password: credentials.password,
          ip: clientAddress(request.headers ?? {}),
          userAgent: userAgentOf(request.headers ?? {}),
        }).catch((error: unknown) => {
          // next-auth hands a thrown message to the sign-in form: a code, never the driver's text.
          if (error instanceof TryLaterError) throw new Error(`${BUSY_PREFIX}${error.retryAfterSeconds}`);
          throw isDatabaseUnavailable(error) ? new Error(DATABASE_UNAVAILABLE) : error;
        });
        if (result.ok) return { id: result.userId, sessionId: result.sessionId };
        if (result.reason === "locked") throw new Error(`${LOCKED_PREFIX}${result.retryAt.toISOString()}`);
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.sid = user.sessionId;
      return token;
    },
    session({ session, token }) {
      return { expires: session.expires, sessionId: token.sid };
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.sid) await revokeSession(getDb(), token.sid, { audit: true });
    },
  },
};
