import type { Database } from "../db/client";
import type { Viewer } from "../auth/viewer-types";

export type PatientAuditAction =
  | "patient.view"
  | "patient.trend.view"
  | "patient.create"
  | "patient.invitation.issue"
  | "patient.access-log.view"
  | "patient.guides.view"
  | "patient.guides.assign"
  | "patient.guides.unassign"
  | "patient.notes.view"
  | "patient.notes.add"
  | "patient.episodes.view"
  | "patient.episode.correct"
  | "patient.episode.start"
  | "patient.plan.view"
  | "patient.plan.create"
  | "patient.plan.revise"
  | "patient.plan.end"
  | "patient.checkins.view"
  | "patient.checkin.save"
  | "patient.history.view"
  | "patient.history.update"
  | "patient.alerts.view"
  | "patient.alert.review"
  | "patient.exercise-log.view"
  | "patient.exercise-log.save"
  | "patient.export.download"
  | "patient.calendar-feed.change"
  | "patient.flare-up-plan.view"
  | "patient.flare-up-plan.save"
  | "patient.fhir.export"
  | "patient.fhir.search"
  | "patient.account.deactivate"
  | "patient.account.reactivate";
export type StaffAuditAction = "staff.invite" | "staff.deactivate" | "staff.reactivate" | "staff.two-factor.reset";
export type AuditAction = PatientAuditAction | StaffAuditAction;

type Writer = Pick<Database, "auditEvent">;

/**
 * Appends one entry to the audit trail (the table refuses updates and
 * deletes). A patient reading their own record is not recorded: the trail is
 * about other people's access. `subjectId` names the staff member a staff
 * action was about.
 */
export async function recordAudit(db: Writer, viewer: Viewer, entry: { action: AuditAction; patientId?: string; subjectId?: string }): Promise<void> {
  if (entry.patientId && entry.patientId === viewer.userId) return;
  await db.auditEvent.create({
    data: {
      actorId: viewer.userId,
      actorRole: viewer.role,
      clinicId: viewer.clinicId,
      patientId: entry.patientId ?? null,
      subjectId: entry.subjectId ?? null,
      action: entry.action,
      ip: viewer.ip,
      userAgent: viewer.userAgent?.slice(0, 300) ?? null,
    },
  });
}
