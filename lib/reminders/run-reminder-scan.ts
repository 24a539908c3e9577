import { addDays, fromDbDate } from "../dates/calendar-date";
import type { TDatabase } from "../db/client";
import type { NotificationKind } from "../db/generated/enums";
import { loadCurrentPlanSchedule } from "../exercise-log/plan-schedule";
import { dueOn } from "../exercise-log/schedule";
import { createNotifications, type TNewNotification } from "../notifications/create-notifications";
import { channelsFor } from "./notification-channels";
import { PEG_INTERVAL_DAYS } from "../checkins/peg-due-on";
import { hasDigestNews } from "./clinician-digest";
import { isKnownTimeZone, localClock, type TLocalClock } from "./local-clock";
import { reminderSettingsSelect, settingsOrDefaults } from "./load-reminder-settings";
import { checkInReminderDue, digestDue, exerciseReminderDue, notHeardFromDue, pegReminderDue } from "./reminder-rules";
import type { TReminderSettings } from "./reminder-settings";


export type TScanResult = { notifications: number; deliveryIds: string[] };

const LINKS: Record<NotificationKind, string> = {
  CHECK_IN_REMINDER: "/check-in",
  EXERCISE_REMINDER: "/my-plan",
  PEG_REMINDER: "/check-in",
  NOT_HEARD_FROM: "/check-in",
  NEW_ASSIGNMENT: "/dashboard",
  EMERGENCY_FLAG: "/patients",
  CLINICIAN_DIGEST: "/notifications/digest",
  NEW_MESSAGE: "/messages",
};

export function notificationLink(kind: NotificationKind): string {
  return LINKS[kind];
}


function notification(userId: string, kind: NotificationKind, occasion: string, settings: TReminderSettings): TNewNotification {
  return { userId, kind, link: LINKS[kind], dedupeKey: `${kind}:${userId}:${occasion}`, channels: channelsFor(settings, kind) };
}

/**
 * One pass of the scheduler at `asOf` (the job passes the time it runs; tests
 * pass any time): every patient and clinician whose reminder is due gets a
 * notification, keyed per person, kind and local date, so running the scan
 * again, late, or on two instances at once makes no second one. Settings are
 * read fresh each pass, so a change takes effect on the next run. Returns the
 * new email/push deliveries for the queue to send.
 */
export async function runReminderScan(db: TDatabase, asOf: Date): Promise<TScanResult> {
  const patients = await duePatientNotifications(db, asOf);
  const clinicians = await dueDigests(db, asOf);
  const all = [...patients, ...clinicians];
  const deliveryIds: string[] = [];
  // Batches keep each statement's parameter list bounded with thousands due at once.
  for (let start = 0; start < all.length; start += 500) {
    deliveryIds.push(...(await createNotifications(db, all.slice(start, start + 500))));
  }
  return { notifications: all.length, deliveryIds };
}

type TPatientRow = { id: string; createdAt: Date; patient: { timeZone: string } | null; reminderSettings: Parameters<typeof settingsOrDefaults>[0] };

async function duePatientNotifications(db: TDatabase, asOf: Date): Promise<TNewNotification[]> {
  // Only patients who can sign in: a reminder links to a page behind the sign-in.
  let rows: TPatientRow[] = await db.user.findMany({
    where: { role: "PATIENT", active: true, passwordHash: { not: null } },
    select: { id: true, createdAt: true, patient: { select: { timeZone: true } }, reminderSettings: { select: reminderSettingsSelect } },
  });
  const discharged = await dischargedWithoutChoice(db, rows.map((row) => row.id));
  rows = rows.filter((row) => !discharged.has(row.id));
  const ids = rows.map((row) => row.id);
  const [lastCheckIns, lastPegs, lastNotHeard] = await Promise.all([
    db.checkIn.groupBy({ by: ["patientId"], where: { patientId: { in: ids } }, _max: { date: true } }),
    db.checkIn.groupBy({ by: ["patientId"], where: { patientId: { in: ids }, pegPain: { not: null } }, _max: { date: true } }),
    // The key ends in the local date it was for (the scan's clock, which tests control), unlike createdAt.
    db.notification.groupBy({ by: ["userId"], where: { userId: { in: ids }, kind: "NOT_HEARD_FROM" }, _max: { dedupeKey: true } }),
  ]);
  const lastCheckIn = new Map(lastCheckIns.map((row) => [row.patientId, row._max.date ? fromDbDate(row._max.date) : null]));
  const lastPeg = new Map(lastPegs.map((row) => [row.patientId, row._max.date ? fromDbDate(row._max.date) : null]));
  const lastNote = new Map(lastNotHeard.map((row) => [row.userId, row._max.dedupeKey?.split(":").at(-1) ?? null]));

  const due: TNewNotification[] = [];
  const exerciseCandidates: { row: TPatientRow; clock: TLocalClock; settings: TReminderSettings }[] = [];
  for (const row of rows) {
    const timeZone = row.patient && isKnownTimeZone(row.patient.timeZone) ? row.patient.timeZone : "UTC";
    const clock = localClock(timeZone, asOf);
    const settings = settingsOrDefaults(row.reminderSettings);
    const last = lastCheckIn.get(row.id) ?? null;
    const hasCheckInToday = last !== null && last >= clock.date;
    const peg = lastPeg.get(row.id) ?? null;
    const pegDueToday = peg === null || peg < addDays(clock.date, -(PEG_INTERVAL_DAYS - 1));
    // The weekly questions are part of the check-in: one reminder that says so, not two.
    if (pegReminderDue({ settings, clock, asOf, pegDueToday, hasCheckInToday })) due.push(notification(row.id, "PEG_REMINDER", clock.date, settings));
    else if (checkInReminderDue({ settings, clock, asOf, hasCheckInToday })) due.push(notification(row.id, "CHECK_IN_REMINDER", clock.date, settings));
    const note = lastNote.get(row.id);
    const lastActiveDate = last ?? localClock(timeZone, row.createdAt).date;
    if (notHeardFromDue({ settings, clock, asOf, lastActiveDate, lastSentDate: note ?? null })) {
      due.push(notification(row.id, "NOT_HEARD_FROM", clock.date, settings));
    }
    if (exerciseReminderDue({ settings, clock, asOf, dueToday: 1, markedToday: 0 })) exerciseCandidates.push({ row, clock, settings });
  }
  due.push(...(await dueExerciseReminders(db, exerciseCandidates, asOf)));
  return due;
}

/**
 * Patients discharged (issue 19: their current episode is DISCHARGED, none is
 * ACTIVE) who have not touched their reminder settings since: the daily
 * reminders stop with the discharge unless the patient turns them on again
 * (saving the Reminders page after discharge does). Their clinic can still
 * write to them, and new guides or plans still notify them.
 */
async function dischargedWithoutChoice(db: TDatabase, patientIds: string[]): Promise<Set<string>> {
  if (patientIds.length === 0) return new Set();
  const rows = await db.$queryRaw<{ patientId: string }[]>`
    SELECT e."patientId"
    FROM "Episode" e
    LEFT JOIN "ReminderSettings" r ON r."userId" = e."patientId"
    WHERE e."patientId" = ANY(${patientIds}) AND e."status" = 'DISCHARGED'
      AND NOT EXISTS (SELECT 1 FROM "Episode" a WHERE a."patientId" = e."patientId" AND a."status" = 'ACTIVE')
    GROUP BY e."patientId"
    HAVING max(r."updatedAt") IS NULL OR max(r."updatedAt") < max(e."closedAt")`;
  return new Set(rows.map((row) => row.patientId));
}

/** The plan check per patient runs only for those whose reminder time has come and who have not had today's exercise reminder yet. */
async function dueExerciseReminders(
  db: TDatabase,
  candidates: { row: TPatientRow; clock: TLocalClock; settings: TReminderSettings }[],
  asOf: Date,
): Promise<TNewNotification[]> {
  const keys = candidates.map(({ row, clock }) => `EXERCISE_REMINDER:${row.id}:${clock.date}`);
  const [sentRows, planRows] = await Promise.all([
    db.notification.findMany({ where: { dedupeKey: { in: keys } }, select: { dedupeKey: true } }),
    // Only patients with a current plan need the per-patient schedule check (most due at once have none).
    db.exercisePlan.findMany({ where: { patientId: { in: candidates.map(({ row }) => row.id) }, endedAt: null }, select: { patientId: true }, distinct: ["patientId"] }),
  ]);
  const sent = new Set(sentRows.map((row) => row.dedupeKey));
  const withPlan = new Set(planRows.map((row) => row.patientId));
  const due: TNewNotification[] = [];
  for (const { row, clock, settings } of candidates) {
    if (!withPlan.has(row.id) || sent.has(`EXERCISE_REMINDER:${row.id}:${clock.date}`)) continue;
    const plan = await loadCurrentPlanSchedule(db, row.id);
    if (!plan) continue;
    const items = dueOn(plan, clock.date).items;
    if (items.length === 0) continue;
    const markedToday = await db.exerciseLog.count({ where: { patientId: row.id, date: new Date(`${clock.date}T00:00:00.000Z`), planItemId: { in: items.map((item) => item.id) } } });
    if (exerciseReminderDue({ settings, clock, asOf, dueToday: items.length, markedToday })) due.push(notification(row.id, "EXERCISE_REMINDER", clock.date, settings));
  }
  return due;
}

async function dueDigests(db: TDatabase, asOf: Date): Promise<TNewNotification[]> {
  const clinicians = await db.user.findMany({
    where: { role: "CLINICIAN", active: true, passwordHash: { not: null } },
    select: { id: true, clinicId: true, reminderSettings: { select: { ...reminderSettingsSelect, timeZone: true } } },
  });
  const due: TNewNotification[] = [];
  for (const clinician of clinicians) {
    const zone = clinician.reminderSettings?.timeZone;
    const clock = localClock(zone && isKnownTimeZone(zone) ? zone : "UTC", asOf);
    const settings = settingsOrDefaults(clinician.reminderSettings);
    const key = `CLINICIAN_DIGEST:${clinician.id}:${clock.date}`;
    if (!digestDue(settings, clock, asOf)) continue;
    if ((await db.notification.count({ where: { dedupeKey: key } })) > 0) continue;
    // An empty digest is not sent: a daily "nothing new" teaches people to ignore it.
    if (!(await hasDigestNews(db, clinician, asOf))) continue;
    due.push(notification(clinician.id, "CLINICIAN_DIGEST", clock.date, settings));
  }
  return due;
}

