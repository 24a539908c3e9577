import type { TDatabase } from "../db/client";
import { hashSecretToken } from "../security/secret-token";

/** A reset link works for one hour (OWASP Forgot Password Cheat Sheet: short-lived, single use). */
export const RESET_TTL_MINUTES = 60;

export type TResetLinkStatus = { status: "valid"; userId: string; email: string } | { status: "used" | "expired" | "invalid" };

export async function findPasswordReset(db: Pick<TDatabase, "passwordResetToken">, token: string, now: Date = new Date()): Promise<TResetLinkStatus> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { status: "invalid" };
  const reset = await db.passwordResetToken.findUnique({
    where: { tokenHash: hashSecretToken(token) },
    select: { usedAt: true, expiresAt: true, user: { select: { id: true, email: true, active: true } } },
  });
  if (!reset || !reset.user.active) return { status: "invalid" };
  if (reset.usedAt) return { status: "used" };
  if (reset.expiresAt <= now) return { status: "expired" };
  return { status: "valid", userId: reset.user.id, email: reset.user.email };
}
