import type { z } from "zod";
import { hashPassword } from "../auth/password";
import { passwordProblem } from "../auth/password-policy";
import { revokeSessions } from "../auth/sessions";
import { revokeCalendarFeedsOf } from "../calendar/calendar-feeds";
import { recordConsent } from "../clinic-records/consent";
import { recordAccountEvent } from "../audit/record-account-event";
import type { TAuditOrigin } from "../audit/record-audit";
import type { TDatabase } from "../db/client";
import type { ZAcceptInvitation } from "./accept-invitation-input";
import { InvalidInputError } from "../errors/domain-errors";
import { medicalHistoryData } from "../red-flags/save-medical-history";
import { findInvitation } from "./find-invitation";
import { hashInvitationToken } from "./invitation-tokens";

const LINK_PROBLEMS = {
  used: "This invitation link has already been used. Sign in with your password instead.",
  expired: "This invitation link has expired. Ask your clinic for a new one.",
  invalid: "This invitation link is not valid. Check that you copied all of it, or ask your clinic for a new one.",
} as const;

/**
 * Sets the invited user's password (and a patient's medical history, when
 * answered) and uses up the link, in one transaction: a link works once, even
 * when two tabs submit at the same moment.
 */
export async function acceptInvitation(
  db: TDatabase,
  input: z.infer<typeof ZAcceptInvitation>,
  now: Date = new Date(),
  origin: TAuditOrigin = { ip: null, userAgent: null },
): Promise<{ email: string }> {
  const invitation = await findInvitation(db, input.token, now);
  if (invitation.status !== "valid") throw new InvalidInputError({ token: [LINK_PROBLEMS[invitation.status]] }, 409);
  const problem = passwordProblem(input.password, { email: invitation.email });
  if (problem) throw new InvalidInputError({ password: [problem] });

  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const tokenHash = hashInvitationToken(input.token);
    const claimed = await tx.invitation.updateMany({ where: { tokenHash, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (claimed.count !== 1) throw new InvalidInputError({ token: [LINK_PROBLEMS.used] }, 409);
    const { userId } = await tx.invitation.findUniqueOrThrow({ where: { tokenHash }, select: { userId: true } });
    const user = await tx.user.update({ where: { id: userId }, data: { passwordHash }, select: { id: true, email: true, role: true, clinicId: true } });
    if (input.consentVersionIds && user.role === "PATIENT") {
      await recordConsent(tx, { patientId: user.id, clinicId: user.clinicId, documentVersionIds: input.consentVersionIds, now, requireAll: false });
    }
    if (input.history && user.role === "PATIENT") await tx.patientProfile.update({ where: { userId }, data: medicalHistoryData(input.history, now) });
    await revokeSessions(tx, user.id, { now });
    // A new password starts afresh: no calendar link made before it keeps working.
    await revokeCalendarFeedsOf(tx, user.id, now);
    await recordAccountEvent(tx, { action: "auth.invitation.accept", userId: user.id, origin });
    return { email: user.email };
  });
}
