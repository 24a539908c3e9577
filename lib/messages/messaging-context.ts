import { requirePatientAccess, requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import type { TDatabase } from "../db/client";
import { mediumDate } from "../dates/format-date";
import type { TConversationTopic } from "./message-input";

export interface TMessagingClinic {
  emergencyNumber: string;
  /** The clinic's usual reply time in words ("within 2 working days"); null when the clinic has not said. */
  replyTime: string | null;
}

/** What a patient is told next to every message box: the clinic's emergency number and usual reply time. Clinic settings, not patient data. */
export async function getMessagingClinic(db: TDatabase, viewer: TViewer): Promise<TMessagingClinic> {
  const clinic = await db.clinic.findUniqueOrThrow({ where: { id: viewer.clinicId }, select: { emergencyNumber: true, replyTimeText: true } });
  return { emergencyNumber: clinic.emergencyNumber.trim() || "911", replyTime: clinic.replyTimeText?.trim() || null };
}

export interface TConversationStartView {
  start: { topic: TConversationTopic; checkInId?: string; alertId?: string; exerciseId?: string };
  /** What the new conversation is about, in words. */
  about: string;
}

/**
 * Reads "what is this about" from a link (an exercise of the plan, a check-in,
 * an alert) and keeps it only when it is the patient's own; anything else
 * starts a general question.
 */
export async function resolveConversationStart(
  db: TDatabase,
  viewer: TViewer,
  patientId: string,
  link: { exerciseSlug?: string; checkInId?: string; alertId?: string },
): Promise<TConversationStartView> {
  requireRole(viewer, "PATIENT", "CLINICIAN");
  await requirePatientAccess(db, viewer, patientId, "patient.messages.view");
  if (link.exerciseSlug) {
    const item = await db.exercisePlanItem.findFirst({ where: { exercise: { slug: link.exerciseSlug }, version: { plan: { patientId } } }, select: { exercise: { select: { id: true, name: true } } } });
    if (item) return { start: { topic: "EXERCISE", exerciseId: item.exercise.id }, about: `Exercise: ${item.exercise.name}` };
  }
  if (link.checkInId) {
    const checkIn = await db.checkIn.findFirst({ where: { id: link.checkInId, patientId }, select: { id: true, date: true } });
    if (checkIn) return { start: { topic: "CHECK_IN", checkInId: checkIn.id }, about: `Check-in of ${mediumDate(checkIn.date.toISOString().slice(0, 10))}` };
  }
  if (link.alertId) {
    const alert = await db.redFlagAlert.findFirst({ where: { id: link.alertId, patientId }, select: { id: true } });
    if (alert) return { start: { topic: "ALERT", alertId: alert.id }, about: "A red-flag answer" };
  }
  return { start: { topic: "GENERAL" }, about: "General question" };
}
