import { requireRole, staffScope } from "../auth/access";
import { revokeSessions } from "../auth/sessions";
import type { TViewer } from "../auth/viewer-types";
import { recordAudit } from "../audit/record-audit";
import type { TDatabase } from "../db/client";
import { NotFoundError } from "../errors/domain-errors";

/**
 * For a staff member who lost their authenticator app and recovery codes: an
 * admin of their clinic turns their two-factor sign-in off. Their sessions end
 * (whoever holds the phone keeps nothing), and at the next sign-in they set up
 * a new app. Recorded in the audit trail with the person concerned.
 */
export async function resetStaffTwoFactor(db: TDatabase, viewer: TViewer, userId: string): Promise<{ reset: true }> {
  requireRole(viewer, "ADMIN");
  const member = await db.user.findFirst({ where: { AND: [{ id: userId }, staffScope(viewer)] }, select: { id: true } });
  if (!member) throw new NotFoundError();
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: userId },
      data: { twoFactorSecret: null, twoFactorPendingSecret: null, twoFactorEnabledAt: null, twoFactorLastTimeStep: null },
    });
    await tx.twoFactorRecoveryCode.deleteMany({ where: { userId } });
    await revokeSessions(tx, userId);
    await recordAudit(tx, viewer, { action: "staff.two-factor.reset", subjectUserId: userId });
  });
  return { reset: true };
}
