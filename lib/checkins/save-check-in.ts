import { requirePatientAccess, requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import { addDays, todayIn, toDbDate, type TCalendarDate } from "../dates/calendar-date";
import type { TDatabase } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { isUniqueViolation } from "../db/is-unique-violation";
import { CURRENT_EPISODE_ORDER, CURRENT_EPISODE_WHERE } from "../episodes/current-episode";
import { refreshEpisodeSummary } from "../episodes/refresh-episode-summary";
import { InvalidInputError } from "../errors/domain-errors";
import { parseDomainInput } from "../errors/parse-input";
import { openPlanReviewIfStalled } from "../questionnaires/plan-review";
import { lockPatientProfile } from "../patients/lock-patient-profile";
import { flagsFromAnswers, unaskedAnswers } from "../red-flags/check-in-questions";
import { levelOfFlags } from "../red-flags/red-flag-level";
import { redFlagLevel, type TRedFlagLevel } from "../red-flags/red-flags";
import { storedCheckInAnswers, ZCheckInInput, type TCheckInInput } from "./check-in-input";
import { checkInViewSelect, toCheckInView, type TCheckInView } from "./check-in-view";
import { pegDueOn } from "./peg-due-on";
import { notifyEmergencyFlag } from "../reminders/notify-emergency-flag";

/** How far back a missed day may be filled in or a check-in changed, in the patient's calendar. */
export const CHECK_IN_EDITABLE_DAYS = 7;

export type TSavedCheckIn = {
  checkIn: TCheckInView;
  /** True when this submission made the day's check-in, false when it changed the one there was. */
  created: boolean;
  /** The red flags the check-in now raises, each with its level. */
  redFlags: TRaisedFlag[];
  /** The highest level among them (what the patient is told to do), or null for a routine day. */
  level: TRedFlagLevel | null;
};

export type TRaisedFlag = { code: string; level: TRedFlagLevel };

function raised(codes: readonly string[]): Pick<TSavedCheckIn, "redFlags" | "level"> {
  return {
    redFlags: codes.flatMap((code) => {
      const level = redFlagLevel(code);
      return level ? [{ code, level }] : [];
    }),
    level: levelOfFlags(codes),
  };
}

const TRANSACTION = { maxWait: 10_000, timeout: 20_000 };
const DATE_WINDOW_MESSAGE = `You can add or change a check-in for today or the last ${CHECK_IN_EDITABLE_DAYS} days.`;

/**
 * The patient saves their check-in for one of their own calendar days: today,
 * or a missed or earlier day up to 7 days back (never a future day). There is
 * one check-in per day, so saving a day that has one changes it, every field
 * taken from the new answers: leaving the weekly PEG-3 questions empty on such
 * an edit removes the earlier PEG answers (the patient's latest word counts).
 * The check-in keeps the episode that was current when it was first saved.
 *
 * The stored red flags are the ticked signs plus those worked out here from
 * the history-dependent answers and the patient's stored history (a client
 * never sends a derived flag). A question the check-in does not ask (a
 * history question without that history, the weekly weight question on a day
 * the PEG-3 is neither due nor answered) is refused with 400. Red flags raise a RedFlagAlert at
 * their highest level for the clinic in the same transaction, unless an alert
 * not yet reviewed for this check-in already has exactly these flags. Answering no to them later does not withdraw an alert:
 * a clinician still reviews it.
 *
 * Idempotent on `requestId`: a submission whose key was already stored changes
 * nothing and answers the check-in as it is stored now (so a retried, stale
 * edit cannot overwrite a later one), even when it races the first. A key used
 * for another patient's check-in, or for another day, is refused with 409.
 */
export async function saveCheckIn(db: TDatabase, viewer: TViewer, patientId: string, input: TCheckInInput, now: Date = new Date()): Promise<TSavedCheckIn> {
  requireRole(viewer, "PATIENT");
  await requirePatientAccess(db, viewer, patientId, "patient.checkin.save");
  const answers = parseDomainInput(ZCheckInInput, input);
  const saved = await replay(db, patientId, answers);
  if (saved) return saved;

  try {
    return await db.$transaction(async (tx) => {
      // One save at a time per patient: a racing duplicate waits here, then finds its key below.
      const { timeZone } = await lockPatientProfile(tx, patientId);
      const savedMeanwhile = await replay(tx, patientId, answers);
      if (savedMeanwhile) return savedMeanwhile;
      checkDate(answers.date, todayIn(timeZone, now));
      const { medicalHistory } = await tx.patientProfile.findUniqueOrThrow({ where: { userId: patientId }, select: { medicalHistory: true } });
      // The weekly step: PEG answers sent, or the PEG due that day (a patient may skip the three scales and still tick the weight question).
      const weekly = answers.pegPain !== null || (answers.redFlags.includes("WEIGHT_LOSS") && (await pegDueOn(tx, patientId, answers.date)));
      const unasked = unaskedAnswers({ ...answers, weekly }, medicalHistory);
      if (Object.keys(unasked).length > 0) throw new InvalidInputError(unasked);

      const fields = storedCheckInAnswers(answers, flagsFromAnswers(answers, medicalHistory));
      const existing = await tx.checkIn.findUnique({ where: { patientId_date: { patientId, date: toDbDate(answers.date) } }, select: { id: true } });
      const row = existing
        ? await tx.checkIn.update({ where: { id: existing.id }, data: fields, select: checkInViewSelect })
        : await tx.checkIn.create({
            data: { patientId, date: toDbDate(answers.date), episodeId: await activeEpisodeId(tx, patientId), ...fields },
            select: checkInViewSelect,
          });
      await tx.checkInSubmission.create({ data: { requestId: answers.requestId, checkInId: row.id } });
      await raiseAlert(tx, patientId, row.id, fields.redFlags);
      await refreshEpisodeSummary(tx, patientId);
      // A stalled recovery opens its plan review (and the re-screen questionnaires) with the check-in that shows it.
      await openPlanReviewIfStalled(tx, patientId, todayIn(timeZone, now), now);
      return { checkIn: toCheckInView(row), created: !existing, ...raised(row.redFlags) };
    }, TRANSACTION);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // The key was stored a moment earlier by a save for another patient, whose lock did not hold this one back.
    const savedFirst = await replay(db, patientId, answers);
    if (savedFirst) return savedFirst;
    throw error;
  }
}

function checkDate(date: TCalendarDate, today: TCalendarDate): void {
  if (date > today || date < addDays(today, -CHECK_IN_EDITABLE_DAYS)) throw new InvalidInputError({ date: [DATE_WINDOW_MESSAGE] });
}

async function activeEpisodeId(tx: Prisma.TransactionClient, patientId: string): Promise<string | null> {
  const episode = await tx.episode.findFirst({ where: { patientId, ...CURRENT_EPISODE_WHERE }, orderBy: CURRENT_EPISODE_ORDER, select: { id: true } });
  return episode?.id ?? null;
}

/** A new alert for these flags at their level, unless one not yet reviewed for this check-in has exactly them. Routine days raise none. */
async function raiseAlert(tx: Prisma.TransactionClient, patientId: string, checkInId: string, flags: string[]): Promise<void> {
  const level = levelOfFlags(flags);
  if (level === null) return;
  const open = await tx.redFlagAlert.findMany({ where: { checkInId, reviewedAt: null }, select: { flags: true } });
  const same = (other: string[]) => other.length === flags.length && flags.every((flag) => other.includes(flag));
  if (open.some((alert) => same(alert.flags))) return;
  const alert = await tx.redFlagAlert.create({ data: { patientId, checkInId, flags, level }, select: { id: true } });
  if (level === "EMERGENCY") await notifyEmergencyFlag(tx, patientId, alert.id);
}

/**
 * What the submission with this key stored, answered as the check-in is now, or
 * null when the key is new. `created` is true when that submission was the
 * check-in's first, so a retry gets the first answer's value.
 */
async function replay(db: Prisma.TransactionClient, patientId: string, answers: TCheckInInput): Promise<TSavedCheckIn | null> {
  const submission = await db.checkInSubmission.findUnique({
    where: { requestId: answers.requestId },
    select: { checkInId: true, checkIn: { select: { ...checkInViewSelect, patientId: true } } },
  });
  if (!submission) return null;
  const { patientId: ownerId, ...row } = submission.checkIn;
  const checkIn = toCheckInView(row);
  if (ownerId !== patientId || checkIn.date !== answers.date) {
    throw new InvalidInputError({ requestId: ["This check-in was already sent once. Reload the page and try again."] }, 409);
  }
  const first = await db.checkInSubmission.findFirst({
    where: { checkInId: submission.checkInId },
    orderBy: [{ createdAt: "asc" }, { requestId: "asc" }],
    select: { requestId: true },
  });
  return { checkIn, created: first?.requestId === answers.requestId, ...raised(checkIn.redFlags) };
}
