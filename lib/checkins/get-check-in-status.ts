import { requirePatientAccess, requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import { addDays, todayIn, toDbDate } from "../dates/calendar-date";
import type { TDatabase } from "../db/client";
import { historyQuestionsFor, type THistoryQuestionCode } from "../red-flags/check-in-questions";
import { pegDueOn } from "./peg-due-on";
import { CHECK_IN_EDITABLE_DAYS } from "./save-check-in";

export type TCheckInStatus = {
  /** Today in the patient's time zone (YYYY-MM-DD). */
  today: string;
  checkedInToday: boolean;
  /** Whether today's check-in asks the weekly PEG-3 questions (lib/checkins/peg-due-on.ts). */
  pegDue: boolean;
  /** The earliest date a check-in can still be added or changed (YYYY-MM-DD). */
  editableFrom: string;
  /** Whether the medical history (asked once, lib/red-flags/medical-history.ts) has been answered. */
  historyAnswered: boolean;
  /** The history-dependent red-flag questions the check-in asks this patient. */
  historyQuestions: THistoryQuestionCode[];
  /** The clinic's numbers for the emergency and urgent screens. */
  clinic: TClinicContact;
};

export type TClinicContact = { emergencyNumber: string; phone: string | null; openingHours: string | null; outOfHoursText: string | null };

/**
 * Where the patient stands with their daily check-in, in their own calendar,
 * and what the form needs: the questions their history adds and the clinic's
 * numbers for the red-flag screens. For the patient and the clinicians of their
 * clinic (whose reading is audited).
 */
export async function getCheckInStatus(db: TDatabase, viewer: TViewer, patientId: string, now: Date = new Date()): Promise<TCheckInStatus> {
  requireRole(viewer, "PATIENT", "CLINICIAN");
  await requirePatientAccess(db, viewer, patientId, "patient.checkins.view");
  const { timeZone, medicalHistory, historyAnsweredAt, user } = await db.patientProfile.findUniqueOrThrow({
    where: { userId: patientId },
    select: {
      timeZone: true,
      medicalHistory: true,
      historyAnsweredAt: true,
      user: { select: { clinic: { select: { emergencyNumber: true, phone: true, openingHours: true, outOfHoursText: true } } } },
    },
  });
  const today = todayIn(timeZone, now);
  const [checkedInToday, pegDue] = await Promise.all([
    db.checkIn.count({ where: { patientId, date: toDbDate(today) } }).then((count) => count > 0),
    pegDueOn(db, patientId, today),
  ]);
  return {
    today,
    checkedInToday,
    pegDue,
    editableFrom: addDays(today, -CHECK_IN_EDITABLE_DAYS),
    historyAnswered: historyAnsweredAt !== null,
    historyQuestions: historyQuestionsFor(medicalHistory),
    clinic: user.clinic,
  };
}
