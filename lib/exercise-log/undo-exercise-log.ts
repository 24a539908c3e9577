import { requirePatientAccess, requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import { toDbDate } from "../dates/calendar-date";
import type { TDatabase } from "../db/client";
import { parseDomainInput } from "../errors/parse-input";
import { ZExerciseLogUndoInput, type TExerciseLogUndoInput } from "./exercise-log-input";
import { checkMarkDate, patientToday, readStreak } from "./plan-schedule";
import { requireOwnPlanItem } from "./save-exercise-log";

export type TUndoneExerciseLog = {
  /** False when there was no mark to take back (a retried undo). */
  undone: boolean;
  /** The streak without this mark. */
  streak: number;
};

/**
 * The patient takes back their mark on one exercise and day (today or up to
 * 7 days back), e.g. after a tap on the wrong one. Undoing again changes
 * nothing. Only the patient; anyone else, or an exercise of another patient's
 * plan, is not found.
 */
export async function undoExerciseLog(db: TDatabase, viewer: TViewer, patientId: string, input: TExerciseLogUndoInput, now: Date = new Date()): Promise<TUndoneExerciseLog> {
  requireRole(viewer, "PATIENT");
  await requirePatientAccess(db, viewer, patientId, "patient.exercise-log.save");
  const { planItemId, date } = parseDomainInput(ZExerciseLogUndoInput, input);
  const today = await patientToday(db, patientId, now);
  checkMarkDate(date, today);
  await requireOwnPlanItem(db, patientId, planItemId);
  const { count } = await db.exerciseLog.deleteMany({ where: { patientId, planItemId, date: toDbDate(date) } });
  return { undone: count > 0, streak: await readStreak(db, patientId, today) };
}
