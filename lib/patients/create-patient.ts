import { patientScope, recordRefusedAccess, requireRole } from "../auth/access";
import { refreshEpisodeSummary } from "../episodes/refresh-episode-summary";
import type { TViewer } from "../auth/viewer-types";
import { recordAudit } from "../audit/record-audit";
import { toDbDate } from "../dates/calendar-date";
import type { TDatabase } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { InvalidInputError, NotFoundError } from "../errors/domain-errors";
import { emailForNewAccount } from "../invitations/account-collision";
import { issueAndEmailInvitation, type TInvitationDelivery } from "../invitations/issue-and-email-invitation";
import type { TCreatePatient } from "./patient-input";

/**
 * A clinician adds a patient: account (no password yet), profile, first
 * episode and care team (that clinician) in one transaction, then a
 * single-use invitation emailed to the patient (never shown to the
 * clinician). An address with an account the clinician cannot see gets the
 * same answer as a new one (account-collision.ts).
 */
export async function createPatient(
  db: TDatabase,
  viewer: TViewer,
  input: TCreatePatient,
  options: { origin: string },
): Promise<{ patientId: string; invitation: TInvitationDelivery }> {
  requireRole(viewer, "CLINICIAN");
  const patientId = await db.$transaction((tx) => storeNewPatient(tx, viewer, input));
  const invitation = await issueAndEmailInvitation(db, { userId: patientId, createdById: viewer.userId, origin: options.origin });
  return { patientId, invitation };
}

/**
 * The rows of one new patient inside the caller's transaction (account,
 * profile, first episode, care team, audit), without the invitation: callers
 * send it after commit, so an email never goes out for a rolled-back patient.
 * Shared by one patient and a CSV import.
 */
export async function storeNewPatient(tx: Prisma.TransactionClient, viewer: TViewer, input: TCreatePatient): Promise<string> {
  requireRole(viewer, "CLINICIAN");
  const emails = await emailForNewAccount(tx, { email: input.email, clinicId: viewer.clinicId, visibleRoles: ["PATIENT"] });
  const user = await tx.user.create({
    data: {
      ...emails,
      name: input.name,
      role: "PATIENT",
      clinicId: viewer.clinicId,
      patient: {
        create: {
          dateOfBirth: toDbDate(input.dateOfBirth),
          timeZone: input.timeZone,
          episodes: { create: { onsetDate: toDbDate(input.onsetDate), primaryCondition: input.primaryCondition } },
          // The clinician who adds a patient is their care team until someone changes it.
          careTeam: { create: { clinicianId: viewer.userId } },
        },
      },
    },
    select: { id: true },
  });
  await refreshEpisodeSummary(tx, user.id);
  await recordAudit(tx, viewer, { action: "patient.create", patientId: user.id });
  await recordAudit(tx, viewer, { action: "patient.invitation.issue", patientId: user.id });
  return user.id;
}

/** Sends a new link to a patient who has not set a password yet (the old one expired or was lost; it stops working). */
export async function reissuePatientInvitation(db: TDatabase, viewer: TViewer, patientId: string, options: { origin: string }): Promise<TInvitationDelivery> {
  requireRole(viewer, "CLINICIAN");
  const patient = await db.patientProfile.findFirst({
    where: { AND: [{ userId: patientId }, patientScope(viewer)] },
    select: { user: { select: { passwordHash: true, active: true } } },
  });
  if (!patient) {
    await recordRefusedAccess(db, viewer, patientId);
    throw new NotFoundError();
  }
  if (patient.user.passwordHash) throw new InvalidInputError({ patientId: ["This patient has already set a password and can sign in."] }, 409);
  if (!patient.user.active) throw new InvalidInputError({ patientId: ["Reactivate this patient's account before inviting them again."] }, 409);
  await recordAudit(db, viewer, { action: "patient.invitation.issue", patientId });
  return issueAndEmailInvitation(db, { userId: patientId, createdById: viewer.userId, origin: options.origin });
}
