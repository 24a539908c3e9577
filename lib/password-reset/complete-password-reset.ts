import type { TDatabase } from "../db/client";
import { recordAccountEvent } from "../audit/record-account-event";
import type { TAuditOrigin } from "../audit/record-audit";
import { hashPassword } from "../auth/password";
import { passwordProblem } from "../auth/password-policy";
import { revokeSessions } from "../auth/sessions";
import { revokeCalendarFeedsOf } from "../calendar/calendar-feeds";
import { InvalidInputError } from "../errors/domain-errors";
import { hashSecretToken } from "../security/secret-token";
import { findPasswordReset } from "./password-reset-tokens";

const LINK_PROBLEMS = {
  used: "This reset link has already been used. Ask for a new one if you need it.",
  expired: "This reset link has expired (links work for one hour). Ask for a new one.",
  invalid: "This reset link is not valid. Check that you copied all of it, or ask for a new one.",
} as const;

/**
 * Sets a new password with a reset link (same policy as everywhere), uses the
 * link up, and ends every session and calendar link of the account, as a
 * password change does: whoever knew the old password is out. Audited.
 */
export async function completePasswordReset(
  db: TDatabase,
  input: { token: string; password: string },
  origin: TAuditOrigin,
  now: Date = new Date(),
): Promise<{ email: string }> {
  const reset = await findPasswordReset(db, input.token, now);
  if (reset.status !== "valid") throw new InvalidInputError({ token: [LINK_PROBLEMS[reset.status]] }, 409);
  const problem = passwordProblem(input.password, { email: reset.email });
  if (problem) throw new InvalidInputError({ password: [problem] });
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    const claimed = await tx.passwordResetToken.updateMany({ where: { tokenHash: hashSecretToken(input.token), usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (claimed.count !== 1) throw new InvalidInputError({ token: [LINK_PROBLEMS.used] }, 409);
    await tx.user.update({ where: { id: reset.userId }, data: { passwordHash } });
    await revokeSessions(tx, reset.userId, { now });
    await revokeCalendarFeedsOf(tx, reset.userId, now);
    await recordAccountEvent(tx, { action: "auth.password-reset", userId: reset.userId, origin });
  });
  return { email: reset.email };
}
