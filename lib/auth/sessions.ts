import { recordAccountEvent } from "../audit/record-account-event";
import { getEnv } from "../config/env";
import type { TDatabase } from "../db/client";
import { twoFactorStep, type TMode, type TSecondStep } from "./two-factor-step";

/*
 * A session row per signed-in browser. The signed cookie only names the row;
 * the row decides: idle too long, past its absolute end, revoked (sign-out,
 * password change) or its user deactivated, and it no longer counts.
 */

const TOUCH_EVERY_MS = 60_000;

export function sessionLimits(env = getEnv()) {
  return { idleMs: env.SESSION_IDLE_MINUTES * 60_000, maxMs: env.SESSION_MAX_HOURS * 3_600_000 };
}

export async function createSession(db: TDatabase, userId: string, now: Date = new Date()): Promise<string> {
  const session = await db.userSession.create({
    data: { userId, createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + sessionLimits().maxMs) },
    select: { id: true },
  });
  return session.id;
}

export interface TActiveSessionUser {
  id: string;
  email: string;
  name: string;
  role: "ADMIN" | "CLINICIAN" | "PATIENT";
  clinicId: string;
  /** Not null: the session is "half signed in" until this second step is done. */
  secondStep: TSecondStep;
}

/** The session's user if the session still counts (and marks it used), else null. */
export async function resumeSession(db: TDatabase, sessionId: string, now: Date = new Date(), mode?: TMode): Promise<TActiveSessionUser | null> {
  const session = await db.userSession.findUnique({
    where: { id: sessionId },
    select: {
      lastSeenAt: true,
      expiresAt: true,
      revokedAt: true,
      twoFactorVerifiedAt: true,
      user: { select: { id: true, email: true, name: true, role: true, clinicId: true, active: true, twoFactorEnabledAt: true, twoFactorExempt: true } },
    },
  });
  if (!session || session.revokedAt || !session.user.active) return null;
  if (session.expiresAt <= now || now.getTime() - session.lastSeenAt.getTime() > sessionLimits().idleMs) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.userSession.update({ where: { id: sessionId }, data: { lastSeenAt: now } });
  }
  const { id, email, name, role, clinicId } = session.user;
  return { id, email, name, role, clinicId, secondStep: twoFactorStep(session.user, session.twoFactorVerifiedAt, mode) };
}

/** Ends a user's sessions (all, or all but `exceptId`), effective on their next request. */
export async function revokeSessions(db: Pick<TDatabase, "userSession">, userId: string, options: { exceptId?: string; now?: Date } = {}): Promise<void> {
  await db.userSession.updateMany({
    where: { userId, revokedAt: null, ...(options.exceptId ? { id: { not: options.exceptId } } : {}) },
    data: { revokedAt: options.now ?? new Date() },
  });
}

/**
 * Ends one session (sign-out). With `audit`, the sign-out is recorded for the
 * session's user; next-auth's signOut event has no request, so no address.
 */
export async function revokeSession(db: TDatabase, sessionId: string, options: { audit?: boolean } = {}): Promise<void> {
  const revoked = await db.userSession.updateManyAndReturn({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() }, select: { userId: true } });
  const [session] = revoked;
  if (options.audit && session) await recordAccountEvent(db, { action: "auth.sign-out", userId: session.userId, origin: { ip: null, userAgent: null } });
}
