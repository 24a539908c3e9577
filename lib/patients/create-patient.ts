import { patientScope, recordRefusedAccess, requireRole } from "../auth/access";
import { refreshEpisodeSummary } from "../episodes/refresh-episode-summary";
import type { TViewer } from "../auth/viewer-types";
import { recordAudit } from "../audit/record-audit";
import { toDbDate } from "../dates/calendar-date";
import type { TDatabase } from "../db/client";
import { InvalidInputError, NotFoundError } from "../errors/domain-errors";
import { issueInvitation, type TIssuedInvitation } from "../invitations/issue-invitation";
import { assertEmailAvailable } from "../users/user-fields";
import type { TCreatePatient } from "./patient-input";

/**
 * A clinician adds a patient: account (no password yet), profile, first
 * episode, care team (that clinician) and a single-use invitation, all or nothing.
 */
export async function createPatient(db: TDatabase, viewer: TViewer, input: TCreatePatient): Promise<{ patientId: string; invitation: TIssuedInvitation }> {
  requireRole(viewer, "CLINICIAN");
  await assertEmailAvailable(db, input.email);
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: {
        email: input.email,
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
    const invitation = await issueInvitation(tx, { userId: user.id, createdById: viewer.userId });
    await recordAudit(tx, viewer, { action: "patient.create", patientId: user.id });
    await recordAudit(tx, viewer, { action: "patient.invitation.issue", patientId: user.id });
    return { patientId: user.id, invitation };
  });
}

/** A new link for a patient who has not set a password yet (the old one expired or was lost). */
export async function reissuePatientInvitation(db: TDatabase, viewer: TViewer, patientId: string): Promise<TIssuedInvitation> {
  requireRole(viewer, "CLINICIAN");
  const patient = await db.patientProfile.findFirst({
    where: { AND: [{ userId: patientId }, patientScope(viewer)] },
    select: { user: { select: { passwordHash: true } } },
  });
  if (!patient) {
    await recordRefusedAccess(db, viewer, patientId);
    throw new NotFoundError();
  }
  if (patient.user.passwordHash) throw new InvalidInputError({ patientId: ["This patient has already set a password and can sign in."] }, 409);
  return db.$transaction(async (tx) => {
    const invitation = await issueInvitation(tx, { userId: patientId, createdById: viewer.userId });
    await recordAudit(tx, viewer, { action: "patient.invitation.issue", patientId });
    return invitation;
  });
}
