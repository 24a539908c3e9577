import type { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import type { TDatabase } from "../db/client";
import type { ZChangePassword } from "./change-password-input";
import { InvalidInputError, TryLaterError } from "../errors/domain-errors";
import { hashPassword, verifyPassword } from "./password";
import { passwordProblem } from "./password-policy";
import { revokeCalendarFeedsOf } from "../calendar/calendar-feeds";
import { revokeSessions } from "./sessions";
import { lockIfAtLimit, releaseAttempt, reserveAttempt, throttleKey } from "./sign-in-throttle";
import type { TViewer } from "./viewer-types";

/**
 * Changes the viewer's password and ends their other sessions (this one stays
 * signed in) and any calendar link: someone changing a password may be locking
 * out whoever learnt the old one, who could have made a link too. The
 * current-password check is throttled like a sign-in (counted before hashing),
 * so a stolen session cannot be used to guess the password.
 */
export async function changePassword(db: TDatabase, viewer: TViewer, input: z.infer<typeof ZChangePassword>): Promise<void> {
  const key = throttleKey("account", `password-change:${viewer.userId}`);
  const attempt = await reserveAttempt(db, "account", key);
  if (!attempt.ok) {
    const seconds = Math.max(1, Math.ceil((attempt.lockedUntil.getTime() - Date.now()) / 1000));
    throw new TryLaterError("Too many wrong current passwords. For your safety, password changes are paused for a while.", seconds);
  }
  const user = await db.user.findUniqueOrThrow({ where: { id: viewer.userId }, select: { passwordHash: true, email: true } });
  if (!user.passwordHash || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
    await lockIfAtLimit(db, "account", key, attempt.failures);
    throw new InvalidInputError({ currentPassword: ["That is not your current password."] });
  }
  await releaseAttempt(db, "account", key);
  const problem = passwordProblem(input.newPassword, { email: user.email });
  if (problem) throw new InvalidInputError({ newPassword: [problem] });
  if (input.newPassword === input.currentPassword) throw new InvalidInputError({ newPassword: ["Choose a password different from the current one."] });
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: viewer.userId }, data: { passwordHash } });
    await revokeSessions(tx, viewer.userId, { exceptId: viewer.sessionId });
    await revokeCalendarFeedsOf(tx, viewer.userId);
    await recordAudit(tx, viewer, { action: "auth.password.change", subjectUserId: viewer.userId });
  });
}
