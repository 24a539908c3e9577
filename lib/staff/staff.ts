import type { z } from "zod";
import { requireRole, staffScope } from "../auth/access";
import { revokeSessions } from "../auth/sessions";
import type { TViewer } from "../auth/viewer-types";
import { recordAudit } from "../audit/record-audit";
import type { TDatabase } from "../db/client";
import { InvalidInputError, NotFoundError } from "../errors/domain-errors";
import { emailForNewAccount } from "../invitations/account-collision";
import { issueAndEmailInvitation, type TInvitationDelivery } from "../invitations/issue-and-email-invitation";
import { invitationStatus, type TInvitationStatus } from "../invitations/invitation-status";
import { notifyAdminsOfNewStaff } from "./notify-admins";
import type { ZInviteClinician } from "./staff-input";

export interface TStaffMember {
  id: string;
  name: string;
  email: string;
  role: "ADMIN" | "CLINICIAN";
  active: boolean;
  hasSignedUp: boolean;
  /** The latest invitation's status; null for someone never invited (e.g. demo accounts). */
  invitation: TInvitationStatus | null;
}

export async function listStaff(db: TDatabase, viewer: TViewer): Promise<TStaffMember[]> {
  requireRole(viewer, "ADMIN");
  const users = await db.user.findMany({
    where: staffScope(viewer),
    orderBy: [{ role: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      invitedEmail: true,
      role: true,
      active: true,
      passwordHash: true,
      invitations: { orderBy: { createdAt: "desc" }, take: 1, select: { usedAt: true, expiresAt: true, openedAt: true, sentAt: true } },
    },
  });
  const now = new Date();
  return users.map(({ passwordHash, role, invitedEmail, email, invitations, ...user }) => ({
    ...user,
    email: invitedEmail ?? email,
    role: role === "ADMIN" ? "ADMIN" : "CLINICIAN",
    hasSignedUp: passwordHash !== null,
    invitation: invitations[0] ? invitationStatus(invitations[0], now) : null,
  }));
}

/**
 * An admin adds a clinician to their clinic, who then sets a password through
 * the link emailed to them (never shown to the admin: an admin inviting an
 * address of their own would otherwise gain clinical access unseen). Every
 * admin of the clinic is told by email.
 */
export async function inviteClinician(
  db: TDatabase,
  viewer: TViewer,
  input: z.infer<typeof ZInviteClinician>,
  options: { origin: string },
): Promise<{ userId: string; invitation: TInvitationDelivery }> {
  requireRole(viewer, "ADMIN");
  const emails = await emailForNewAccount(db, { email: input.email, clinicId: viewer.clinicId, visibleRoles: ["ADMIN", "CLINICIAN"] });
  const userId = await db.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { name: input.name, ...emails, role: "CLINICIAN", clinicId: viewer.clinicId }, select: { id: true } });
    await recordAudit(tx, viewer, { action: "staff.invite", subjectUserId: user.id });
    return user.id;
  });
  const invitation = await issueAndEmailInvitation(db, { userId, createdById: viewer.userId, origin: options.origin });
  await notifyAdminsOfNewStaff(db, { staffUserId: userId, invitedById: viewer.userId });
  return { userId, invitation };
}

/** Deactivating ends the person's sessions on their next request; reactivating lets them sign in again. */
export async function setStaffActive(db: TDatabase, viewer: TViewer, userId: string, active: boolean): Promise<TStaffMember> {
  requireRole(viewer, "ADMIN");
  const member = await db.user.findFirst({ where: { AND: [{ id: userId }, staffScope(viewer)] }, select: { id: true } });
  if (!member) throw new NotFoundError();
  if (userId === viewer.userId) throw new InvalidInputError({ active: ["You cannot deactivate your own account."] }, 409);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { active } });
    if (!active) await revokeSessions(tx, userId);
    await recordAudit(tx, viewer, { action: active ? "staff.reactivate" : "staff.deactivate", subjectUserId: userId });
  });
  return (await listStaff(db, viewer)).find((staff) => staff.id === userId)!;
}

/** Sends a new link to a staff member who has not set a password yet (earlier links stop working). */
export async function reissueStaffInvitation(db: TDatabase, viewer: TViewer, userId: string, options: { origin: string }): Promise<TInvitationDelivery> {
  requireRole(viewer, "ADMIN");
  const member = await db.user.findFirst({ where: { AND: [{ id: userId }, staffScope(viewer)] }, select: { passwordHash: true, active: true } });
  if (!member) throw new NotFoundError();
  if (member.passwordHash) throw new InvalidInputError({ userId: ["This person has already set a password and can sign in."] }, 409);
  if (!member.active) throw new InvalidInputError({ userId: ["Reactivate this person before inviting them again."] }, 409);
  await recordAudit(db, viewer, { action: "staff.invite", subjectUserId: userId });
  return issueAndEmailInvitation(db, { userId, createdById: viewer.userId, origin: options.origin });
}
