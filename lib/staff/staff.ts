import type { z } from "zod";
import { requireRole, staffScope } from "../auth/access";
import { revokeSessions } from "../auth/sessions";
import type { TViewer } from "../auth/viewer-types";
import { recordAudit } from "../audit/record-audit";
import type { TDatabase } from "../db/client";
import { InvalidInputError, NotFoundError } from "../errors/domain-errors";
import { issueInvitation, type TIssuedInvitation } from "../invitations/issue-invitation";
import { assertEmailAvailable } from "../users/user-fields";
import type { ZInviteClinician } from "./staff-input";

export interface TStaffMember {
  id: string;
  name: string;
  email: string;
  role: "ADMIN" | "CLINICIAN";
  active: boolean;
  hasSignedUp: boolean;
}

export async function listStaff(db: TDatabase, viewer: TViewer): Promise<TStaffMember[]> {
  requireRole(viewer, "ADMIN");
  const users = await db.user.findMany({
    where: staffScope(viewer),
    orderBy: [{ role: "asc" }, { name: "asc" }],
    select: { id: true, name: true, email: true, role: true, active: true, passwordHash: true },
  });
  return users.map(({ passwordHash, role, ...user }) => ({ ...user, role: role === "ADMIN" ? "ADMIN" : "CLINICIAN", hasSignedUp: passwordHash !== null }));
}

/** An admin adds a clinician to their clinic, who then sets a password through the invitation link. */
export async function inviteClinician(db: TDatabase, viewer: TViewer, input: z.infer<typeof ZInviteClinician>): Promise<{ userId: string; invitation: TIssuedInvitation }> {
  requireRole(viewer, "ADMIN");
  await assertEmailAvailable(db, input.email);
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { ...input, role: "CLINICIAN", clinicId: viewer.clinicId }, select: { id: true } });
    const invitation = await issueInvitation(tx, { userId: user.id, createdById: viewer.userId });
    await recordAudit(tx, viewer, { action: "staff.invite", subjectUserId: user.id });
    return { userId: user.id, invitation };
  });
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

/** A new link for a staff member who has not set a password yet (earlier links stop working). */
export async function reissueStaffInvitation(db: TDatabase, viewer: TViewer, userId: string): Promise<TIssuedInvitation> {
  requireRole(viewer, "ADMIN");
  const member = await db.user.findFirst({ where: { AND: [{ id: userId }, staffScope(viewer)] }, select: { passwordHash: true, active: true } });
  if (!member) throw new NotFoundError();
  if (member.passwordHash) throw new InvalidInputError({ userId: ["This person has already set a password and can sign in."] }, 409);
  if (!member.active) throw new InvalidInputError({ userId: ["Reactivate this person before inviting them again."] }, 409);
  return db.$transaction(async (tx) => {
    const invitation = await issueInvitation(tx, { userId, createdById: viewer.userId });
    await recordAudit(tx, viewer, { action: "staff.invite", subjectUserId: userId });
    return invitation;
  });
}
