import { requirePatientAccess, requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import { fromDbDate, todayIn } from "../dates/calendar-date";
import type { TDatabase } from "../db/client";
import { loadCurrentPlanSchedule } from "../exercise-log/plan-schedule";
import { lockPatientProfile } from "../patients/lock-patient-profile";
import { hashSecretToken, newSecretToken, publicUrl } from "../security/secret-token";
import { exerciseCalendar } from "./exercise-calendar";

/*
 * "Add my exercise schedule to my calendar": one private feed URL per
 * patient at a time. The token in it is the only credential a calendar app
 * has, so it grants this one calendar and nothing else, is stored only as a
 * hash, and can be revoked (a new link revokes the old one). Only the
 * patient manages their own link: a clinician has no use for it, and the
 * link reveals their exercise days to whoever holds it.
 */

export type TCalendarFeedStatus = { active: boolean; createdAt: string | null };

export const calendarFeedPath = (token: string) => `/api/v1/calendar/${token}.ics`;

/** Whether the patient has a working link, and since when. */
export async function getCalendarFeedStatus(db: TDatabase, viewer: TViewer, patientId: string): Promise<TCalendarFeedStatus> {
  requireRole(viewer, "PATIENT");
  await requirePatientAccess(db, viewer, patientId, "patient.calendar-feed.change");
  const feed = await db.calendarFeed.findFirst({ where: { patientId, revokedAt: null }, orderBy: { createdAt: "desc" }, select: { createdAt: true } });
  return { active: feed !== null, createdAt: feed?.createdAt.toISOString() ?? null };
}

/** A new link, revoking any earlier one. The URL is shown once: only its hash is kept. */
export async function createCalendarFeed(db: TDatabase, viewer: TViewer, patientId: string, requestOrigin: string, now: Date = new Date()): Promise<{ url: string }> {
  requireRole(viewer, "PATIENT");
  await requirePatientAccess(db, viewer, patientId, "patient.calendar-feed.change");
  const { token, tokenHash } = newSecretToken();
  await db.$transaction(async (tx) => {
    // One at a time per patient, so two clicks cannot leave two working links.
    await lockPatientProfile(tx, patientId);
    await tx.calendarFeed.updateMany({ where: { patientId, revokedAt: null }, data: { revokedAt: now } });
    await tx.calendarFeed.create({ data: { patientId, tokenHash, createdAt: now } });
  });
  return { url: publicUrl(calendarFeedPath(token), requestOrigin) };
}

/** Turns the link off: calendar apps holding it get 404 from then on. */
export async function revokeCalendarFeed(db: TDatabase, viewer: TViewer, patientId: string, now: Date = new Date()): Promise<TCalendarFeedStatus> {
  requireRole(viewer, "PATIENT");
  await requirePatientAccess(db, viewer, patientId, "patient.calendar-feed.change");
  await db.calendarFeed.updateMany({ where: { patientId, revokedAt: null }, data: { revokedAt: now } });
  return { active: false, createdAt: null };
}

/**
 * Ends a patient's calendar links without asking who: for the account's own
 * events (password changed or set, account deactivated), where a link made
 * before must not outlive the credentials it was made under.
 */
export async function revokeCalendarFeedsOf(db: Pick<TDatabase, "calendarFeed">, patientId: string, now: Date = new Date()): Promise<void> {
  await db.calendarFeed.updateMany({ where: { patientId, revokedAt: null }, data: { revokedAt: now } });
}

/** The calendar document for a feed token, or null when the token is unknown or revoked. */
export async function calendarForToken(db: TDatabase, token: string, requestOrigin: string, now: Date = new Date()): Promise<string | null> {
  const feed = await db.calendarFeed.findUnique({
    where: { tokenHash: hashSecretToken(token) },
    select: {
      id: true,
      patientId: true,
      revokedAt: true,
      patient: { select: { timeZone: true, user: { select: { active: true } }, episodes: { where: { status: "ACTIVE" }, orderBy: { onsetDate: "desc" }, take: 1, select: { onsetDate: true } } } },
    },
  });
  if (!feed || feed.revokedAt || !feed.patient.user.active) return null;
  const [episode] = feed.patient.episodes;
  return exerciseCalendar({
    feedId: feed.id,
    today: todayIn(feed.patient.timeZone, now),
    plan: await loadCurrentPlanSchedule(db, feed.patientId),
    onsetDate: episode ? fromDbDate(episode.onsetDate) : null,
    baseUrl: new URL(publicUrl("/", requestOrigin)).origin,
    now,
  });
}
