import { patientScope, requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import type { TDatabase } from "../db/client";
import { NotFoundError } from "../errors/domain-errors";
import { invitationStatus, type TInvitationStatus } from "./invitation-status";

/** The status of a patient's latest invitation, for their clinician; null when none was ever made (demo accounts). */
export async function getPatientInvitationStatus(db: TDatabase, viewer: TViewer, patientId: string, now: Date = new Date()): Promise<TInvitationStatus | null> {
  requireRole(viewer, "CLINICIAN");
  const patient = await db.patientProfile.findFirst({
    where: { AND: [{ userId: patientId }, patientScope(viewer)] },
    select: { user: { select: { invitations: { orderBy: { createdAt: "desc" }, take: 1, select: { usedAt: true, expiresAt: true, openedAt: true, sentAt: true } } } } },
  });
  if (!patient) throw new NotFoundError();
  const latest = patient.user.invitations[0];
  return latest ? invitationStatus(latest, now) : null;
}
