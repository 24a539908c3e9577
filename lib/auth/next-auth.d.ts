import "next-auth";
import "next-auth/jwt";

// The only thing BackTrack keeps in the token: the id of the UserSession row.
declare module "next-auth" {
  interface User {
    sessionId: string;
  }
  interface Session {
    sessionId?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sid?: string;
  }
}
