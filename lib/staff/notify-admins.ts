import type { TDatabase } from "../db/client";
import { newStaffEmail } from "../invitations/invitation-emails";
import { sendEmail } from "../mail/send-email";

/**
 * Emails every active admin of the new staff member's clinic (the inviter
 * too: their copy is the receipt). No link to the account and nothing about
 * patients. A failure is logged and does not undo the invitation.
 * `invitedById` is null when no person made the account (`npm run clinic`).
 */
export async function notifyAdminsOfNewStaff(db: TDatabase, input: { staffUserId: string; invitedById: string | null }): Promise<number> {
  const staff = await db.user.findUniqueOrThrow({ where: { id: input.staffUserId }, select: { name: true, clinicId: true, clinic: { select: { name: true } } } });
  const inviter = input.invitedById ? await db.user.findUnique({ where: { id: input.invitedById }, select: { name: true } }) : null;
  const admins = await db.user.findMany({
    where: { clinicId: staff.clinicId, role: "ADMIN", active: true, invitedEmail: null, id: { not: input.staffUserId } },
    select: { email: true },
  });
  let sent = 0;
  for (const admin of admins) {
    try {
      await sendEmail(newStaffEmail({ to: admin.email, clinicName: staff.clinic.name, staffName: staff.name, invitedBy: inviter?.name ?? null }), { db });
      sent += 1;
    } catch (error) {
      console.error(`Could not email an admin about a new staff account: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return sent;
}
