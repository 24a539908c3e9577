import { z } from "zod";
import type { Database } from "../db/client";
import { InvalidInputError } from "../errors/domain-errors";
import { hashPassword, verifyPassword } from "./password";
import { passwordProblem } from "./password-policy";
import { revokeCalendarFeedsOf } from "../calendar/calendar-feeds";
import { revokeSessions } from "./sessions";
import type { Viewer } from "./viewer-types";

export const ZChangePassword = z.object({
  currentPassword: z.string().min(1, "Enter your current password."),
  newPassword: z.string().min(1, "Choose a new password."),
});

/**
 * Changes the viewer's password and ends their other sessions (this one stays
 * signed in) and any calendar link: someone changing a password may be locking
 * out whoever learnt the old one, who could have made a link too.
 */
export async function changePassword(db: Database, viewer: Viewer, input: z.infer<typeof ZChangePassword>): Promise<void> {
  const user = await db.user.findUniqueOrThrow({ where: { id: viewer.userId }, select: { passwordHash: true, email: true } });
  if (!user.passwordHash || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new InvalidInputError({ currentPassword: ["That is not your current password."] });
  }
  const problem = passwordProblem(input.newPassword, { email: user.email });
  if (problem) throw new InvalidInputError({ newPassword: [problem] });
  if (input.newPassword === input.currentPassword) throw new InvalidInputError({ newPassword: ["Choose a password different from the current one."] });
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: viewer.userId }, data: { passwordHash } });
    await revokeSessions(tx, viewer.userId, { exceptId: viewer.sessionId });
    await revokeCalendarFeedsOf(tx, viewer.userId);
  });
}
