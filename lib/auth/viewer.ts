import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import type { Role } from "../db/generated/enums";
import { getDb } from "../db/client";
import { clientAddress } from "../http/client-address";
import { authOptions } from "./next-auth-options";
import { resumeSession } from "./sessions";
import type { Viewer } from "./viewer-types";

/** The signed-in user of this request, once per request; null when nobody (or no longer) is signed in. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.sessionId) return null;
  const user = await resumeSession(getDb(), session.sessionId);
  if (!user) return null;
  const requestHeaders = await headers();
  return {
    userId: user.id,
    role: user.role,
    clinicId: user.clinicId,
    name: user.name,
    email: user.email,
    sessionId: session.sessionId,
    ip: clientAddress(requestHeaders),
    userAgent: requestHeaders.get("user-agent"),
  };
});

/** For pages: the viewer, or off to sign-in; a signed-in user of the wrong role gets the not-found page. */
export async function requirePageViewer(...roles: Role[]): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) {
    const path = (await headers()).get("x-backtrack-path") ?? "/";
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  }
  if (roles.length > 0 && !roles.includes(viewer.role)) notFound();
  return viewer;
}
