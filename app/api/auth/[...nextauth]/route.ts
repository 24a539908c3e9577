import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/next-auth-options";

// next-auth's own endpoints (sign-in callback, CSRF token, sign-out, session).
const handler = NextAuth(authOptions);

export { handler as GET, handler as POST };
