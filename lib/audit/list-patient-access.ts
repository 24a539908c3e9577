import type { TDatabase } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { requirePatientAccess } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import type { TAuditAction } from "./record-audit";

export interface TAccessLogEntry {
  at: Date;
  actorName: string;
  /** Empty when nobody is known (a failed sign-in). */
  actorRole: string;
  action: string;
  /** Shown to staff only. */
  ip: string | null;
}

/**
 * Every event about a patient, newest first: reads and changes of their
 * record, the patient-list pages that showed them, refused requests for their
 * record, and their account's sign-ins, sign-outs and password changes. For
 * the clinician on the patient's page and for the patient ("who viewed my
 * data"). People outside the patient's clinic are not named.
 */
export async function listPatientAccess(db: TDatabase, viewer: TViewer, patientId: string, limit = 100): Promise<TAccessLogEntry[]> {
  await requirePatientAccess(db, viewer, patientId, "patient.access-log.view");
  const events = await db.auditEvent.findMany({
    where: patientEventsWhere(patientId),
    orderBy: { at: "desc" },
    take: limit,
    select: ACCESS_EVENT_SELECT,
  });
  return toAccessLogEntries(db, viewer, patientId, events);
}

/** Every event about the patient: their record, the list pages that showed them, their account. */
export function patientEventsWhere(patientId: string): Prisma.AuditEventWhereInput {
  return { OR: [{ patientId }, { subjectUserId: patientId }, { subjectIds: { has: patientId } }] };
}

export const ACCESS_EVENT_SELECT = { at: true, actorId: true, actorRole: true, action: true, ip: true } as const;

type TAccessEventRow = { at: Date; actorId: string | null; actorRole: string | null; action: string; ip: string | null };

/** Names the actors, as the patient's clinic may know them: people outside it stay unnamed. */
export async function toAccessLogEntries(db: TDatabase, viewer: TViewer, patientId: string, events: readonly TAccessEventRow[]): Promise<TAccessLogEntry[]> {
  const names = await actorNames(db, patientId, events.flatMap((event) => (event.actorId ? [event.actorId] : [])));
  return events.map((event) => ({
    at: event.at,
    actorName: event.actorId ? (names.get(event.actorId) ?? "A former staff member") : "Someone (not signed in)",
    actorRole: event.actorRole ?? "",
    action: event.action,
    ip: viewer.role === "PATIENT" ? null : event.ip,
  }));
}

export async function actorNames(db: TDatabase, patientId: string, actorIds: readonly string[]): Promise<Map<string, string>> {
  const patient = await db.user.findUniqueOrThrow({ where: { id: patientId }, select: { clinicId: true } });
  const actors = await db.user.findMany({ where: { id: { in: [...new Set(actorIds)] } }, select: { id: true, name: true, clinicId: true } });
  return new Map(actors.map((actor) => [actor.id, actor.clinicId === patient.clinicId ? actor.name : "Someone outside the clinic"]));
}

/** Every audited action in words; typed so a new action cannot ship without its wording. */
const ACTION_WORDS: Record<TAuditAction, string> = {
  "patient.access.refused": "Asked for the record and was refused",
  "patients.list": "Saw the name in the patient list",
  "conversations.list": "Saw the name in the clinic's message inbox",
  "staff.invite": "Invited a staff member",
  "staff.deactivate": "Turned off a staff member's account",
  "staff.reactivate": "Turned a staff member's account back on",
  "staff.two-factor.reset": "Reset a staff member's two-factor sign-in",
  "clinic.create": "Created the clinic and its first admin (server command)",
  "clinic.settings.update": "Changed the clinic's settings",
  "clinic.document.publish": "Published a new privacy notice or terms",
  "clinic.retention.confirm": "Confirmed the record for deletion after the retention period",
  "clinic.export.download": "Exported the clinic's records, including this one",
  "auth.sign-in": "Signed in",
  "auth.sign-in.fail": "Tried to sign in with a wrong password",
  "auth.sign-out": "Signed out",
  "auth.password.change": "Changed the password",
  "auth.invitation.accept": "Set a password from the invitation link",
  "auth.password-reset.request": "Asked for a password reset link",
  "auth.password-reset": "Set a new password with a reset link",
  "auth.setup-code.use": "Set a password with a set-up code",
  "patient.view": "Viewed the record",
  "patient.trend.view": "Viewed the pain trend",
  "patient.create": "Created the record",
  "patient.invitation.issue": "Made an invitation link",
  "patient.setup-code.issue": "Made a set-up code sheet",
  "patient.access-log.view": "Viewed the access history",
  "patient.guides.view": "Viewed the assigned guides",
  "patient.guides.assign": "Assigned guides",
  "patient.guides.unassign": "Took back a guide",
  "patient.notes.view": "Read the clinic's notes",
  "patient.notes.add": "Added a clinic note",
  "patient.episodes.view": "Viewed the pain episodes",
  "patient.episode.correct": "Corrected the current episode",
  "patient.episode.start": "Started a new episode",
  "patient.plan.view": "Viewed the exercise plan",
  "patient.plan.create": "Wrote an exercise plan",
  "patient.plan.revise": "Changed the exercise plan",
  "patient.plan.end": "Ended the exercise plan",
  "patient.checkins.view": "Viewed the daily check-ins",
  "patient.checkin.save": "Saved a daily check-in",
  "patient.history.view": "Viewed the health history",
  "patient.history.update": "Changed the health history",
  "patient.alerts.view": "Viewed the red-flag alerts",
  "patient.alert.review": "Marked a red-flag alert reviewed",
  "patient.exercise-log.view": "Viewed the exercise log",
  "patient.exercise-log.save": "Marked an exercise done or skipped",
  "patient.export.download": "Downloaded a copy of the data",
  "patient.calendar-feed.change": "Made or turned off the calendar link",
  "patient.flare-up-plan.view": "Viewed the flare-up plan",
  "patient.flare-up-plan.save": "Changed the flare-up plan",
  "patient.fhir.export": "Exported the whole record (FHIR health-record format)",
  "patient.fhir.search": "Looked up the pain scores (FHIR health-record format)",
  "patient.account.deactivate": "Deactivated the account",
  "patient.account.reactivate": "Reactivated the account",
  "patient.messages.view": "Read a conversation",
  "patient.messages.send": "Sent a message",
  "patient.messages.update": "Closed, reopened or assigned a conversation",
  "patient.care-team.view": "Viewed the care team",
  "patient.care-team.change": "Changed the care team",
  "patient.questionnaires.view": "Viewed the function questionnaires",
  "patient.questionnaire.save": "Recorded a function questionnaire",
  "patient.questionnaire-schedule.change": "Changed how often the questionnaires come due",
  "patient.plan-review.decide": "Recorded a plan review decision",
  "patient.discharge": "Discharged the patient",
  "patient.discharge-summary.view": "Viewed the discharge summary",
  "patient.seen-again.request": "Asked to be seen again",
  "patient.seen-again.handle": "Marked a request to be seen again handled",
};

export function describeAction(action: string): string {
  return ACTION_WORDS[action as TAuditAction] ?? action;
}
