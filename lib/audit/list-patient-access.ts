import type { Database } from "../db/client";
import { requirePatientAccess } from "../auth/access";
import type { Viewer } from "../auth/viewer-types";
import type { PatientAuditAction } from "./record-audit";

export interface AccessLogEntry {
  at: Date;
  actorName: string;
  actorRole: string;
  action: string;
  /** Shown to staff only. */
  ip: string | null;
}

/**
 * Who read or changed a patient's data, newest first: for the clinician on the
 * patient's page and for the patient ("who viewed my data").
 */
export async function listPatientAccess(db: Database, viewer: Viewer, patientId: string, limit = 100): Promise<AccessLogEntry[]> {
  await requirePatientAccess(db, viewer, patientId, "patient.access-log.view");
  const events = await db.auditEvent.findMany({
    where: { patientId },
    orderBy: { at: "desc" },
    take: limit,
    select: { at: true, actorId: true, actorRole: true, action: true, ip: true },
  });
  const actors = await db.user.findMany({ where: { id: { in: [...new Set(events.map((event) => event.actorId))] } }, select: { id: true, name: true } });
  const names = new Map(actors.map((actor) => [actor.id, actor.name]));
  return events.map((event) => ({
    at: event.at,
    actorName: names.get(event.actorId) ?? "A former staff member",
    actorRole: event.actorRole,
    action: event.action,
    ip: viewer.role === "PATIENT" ? null : event.ip,
  }));
}

/** Every audited action in words; typed so a new action cannot ship without its wording. */
const ACTION_WORDS: Record<PatientAuditAction, string> = {
  "patient.view": "Viewed the record",
  "patient.trend.view": "Viewed the pain trend",
  "patient.create": "Created the record",
  "patient.invitation.issue": "Made an invitation link",
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
};

export function describeAction(action: string): string {
  return ACTION_WORDS[action as PatientAuditAction] ?? action;
}
