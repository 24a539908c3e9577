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
import type { TSecondStep } from "./two-factor-step";
import type { TViewer } from "./viewer-types";

/** The session of this request, once per request, including one still owing the second sign-in step. */
const getSessionState = cache(async (): Promise<{ viewer: TViewer; secondStep: TSecondStep } | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.sessionId) return null;
  const user = await resumeSession(getDb(), session.sessionId);
  if (!user) return null;
  const requestHeaders = await headers();
  const viewer: TViewer = {
    userId: user.id,
    role: user.role,
    clinicId: user.clinicId,
    name: user.name,
    email: user.email,
    sessionId: session.sessionId,
    ip: clientAddress(requestHeaders),
    userAgent: requestHeaders.get("user-agent"),
  };
  return { viewer, secondStep: user.secondStep };
});

/**
 * The signed-in user of this request; null when nobody (or no longer) is
 * signed in, or while the session is "half signed in" (password given, second
 * step not done): every page and API treats that as signed out.
 */
export const getViewer = cache(async (): Promise<TViewer | null> => {
  const state = await getSessionState();
  return state && state.secondStep === null ? state.viewer : null;
});

/** For the two-factor pages and endpoints only: the viewer even before the second step. */
export async function getTwoFactorViewer(): Promise<TViewer | null> {
  return (await getSessionState())?.viewer ?? null;
}

/** What the session still owes: null when fully signed in (or not signed in at all). */
export async function pendingSecondStep(): Promise<TSecondStep> {
  return (await getSessionState())?.secondStep ?? null;
}

/** Where a half-signed-in session is sent: setting up an app, or entering a code. */
export function secondStepPath(step: "setup" | "verify", callbackUrl: string): string {
  return `${step === "setup" ? "/account/two-factor/setup" : "/account/two-factor"}?callbackUrl=${encodeURIComponent(callbackUrl)}`;
}

/** For pages: the viewer, or off to sign-in (or to the second step); a signed-in user of the wrong role gets the not-found page. */
export async function requirePageViewer(...roles: Role[]): Promise<TViewer> {
  const viewer = await getViewer();
  if (!viewer) {
    const path = (await headers()).get("x-backtrack-path") ?? "/";
    const step = await pendingSecondStep();
    redirect(step ? secondStepPath(step, path) : `/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  }
  if (roles.length > 0 && !roles.includes(viewer.role)) notFound();
  return viewer;
}
