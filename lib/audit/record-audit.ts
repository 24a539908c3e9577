import type { TDatabase } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { Role } from "../db/generated/enums";
import type { TViewer } from "../auth/viewer-types";

export type TPatientAuditAction =
  | "patient.view"
  | "patient.trend.view"
  | "patient.create"
  | "patient.invitation.issue"
  | "patient.setup-code.issue"
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
  | "patient.account.reactivate"
  | "patient.messages.view"
  | "patient.messages.send"
  | "patient.messages.update"
  | "patient.care-team.view"
  | "patient.care-team.change"
  | "patient.questionnaires.view"
  | "patient.questionnaire.save"
  | "patient.questionnaire-schedule.change"
  | "patient.plan-review.decide"
  | "patient.discharge"
  | "patient.discharge-summary.view"
  | "patient.seen-again.request"
  | "patient.seen-again.handle";
/** Someone asked for a patient outside what they may see; recorded for the patient, never shown to the caller. */
export type TRefusedAuditAction = "patient.access.refused";
/** One page of the patient list: the patients returned are in `subjectIds`. */
export type TListAuditAction = "patients.list" | "conversations.list";
/** About a staff member, who is in `subjectUserId`. */
export type TStaffAuditAction = "staff.invite" | "staff.deactivate" | "staff.reactivate" | "staff.two-factor.reset";
/** About an account: the account is in `subjectUserId` (and is the actor when known). */
export type TAccountAuditAction =
  | "auth.sign-in"
  | "auth.sign-in.fail"
  | "auth.sign-out"
  | "auth.password.change"
  | "auth.invitation.accept"
  | "auth.password-reset.request"
  | "auth.password-reset"
  | "auth.setup-code.use";
/** About the clinic itself (its creation by the operator's command, settings, documents, records review and export): never health information in `detail`. */
export type TClinicAuditAction = "clinic.create" | "clinic.settings.update" | "clinic.document.publish" | "clinic.retention.confirm" | "clinic.export.download";
export type TAuditAction = TPatientAuditAction | TRefusedAuditAction | TListAuditAction | TStaffAuditAction | TAccountAuditAction | TClinicAuditAction;

type Writer = Pick<TDatabase, "auditEvent">;

export interface TAuditEntry {
  action: TAuditAction;
  patientId?: string;
  subjectUserId?: string;
  subjectIds?: string[];
  /** Plain facts needed to read the event (sections shown, filters used): never health information or typed search text. */
  detail?: Prisma.InputJsonObject;
}

/**
 * Appends one entry to the audit trail (the table refuses updates, deletes
 * and truncation, and the app's database role may only insert and read it).
 * A patient reading their own record is not recorded: the trail is about
 * other people's access.
 */
export async function recordAudit(db: Writer, viewer: TViewer, entry: TAuditEntry): Promise<void> {
  if (entry.patientId && entry.patientId === viewer.userId && entry.action.startsWith("patient.")) return;
  await writeAuditEvent(db, {
    ...entry,
    actor: { id: viewer.userId, role: viewer.role, clinicId: viewer.clinicId },
    origin: { ip: viewer.ip, userAgent: viewer.userAgent },
  });
}

export interface TAuditOrigin {
  ip: string | null;
  userAgent: string | null;
}

/** For events with no signed-in viewer (sign-in, sign-out, accepting an invitation): the actor, when known, is looked up by id. */
export async function writeAuditEvent(
  db: Writer,
  event: TAuditEntry & { actor: { id: string; role: Role; clinicId: string } | null; origin: TAuditOrigin; clinicId?: string | null },
): Promise<void> {
  await db.auditEvent.create({
    data: {
      actorId: event.actor?.id ?? null,
      actorRole: event.actor?.role ?? null,
      clinicId: event.actor?.clinicId ?? event.clinicId ?? null,
      patientId: event.patientId ?? null,
      subjectUserId: event.subjectUserId ?? null,
      subjectIds: event.subjectIds ?? [],
      detail: event.detail,
      action: event.action,
      ip: event.origin.ip,
      userAgent: event.origin.userAgent?.slice(0, 300) ?? null,
    },
  });
}
