import { requirePatientAccess, requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import { fromDbDate, toDbDate, type TCalendarDate } from "../dates/calendar-date";
import type { TDatabase } from "../db/client";
import { isUniqueViolation } from "../db/is-unique-violation";
import { InvalidInputError, NotFoundError } from "../errors/domain-errors";
import { parseDomainInput } from "../errors/parse-input";
import { ZExerciseLogInput, type TExerciseLogInput } from "./exercise-log-input";
import { checkMarkDate, loadCurrentPlanSchedule, patientToday, readStreak, type TExerciseLogMark } from "./plan-schedule";
import { dueOn } from "./schedule";

export type TExerciseLogView = TExerciseLogMark & { planItemId: string; date: TCalendarDate };

export type TSavedExerciseLog = {
  log: TExerciseLogView;
  /** The streak with this mark counted. */
  streak: number;
};

const logSelect = { planItemId: true, date: true, outcome: true, painDuring: true, feel: true, skipReason: true } as const;

/**
 * The patient marks one exercise of their plan done or skipped, for today or
 * a day up to 7 days back in their time zone. The exercise must be due that
 * day in the plan they follow. There is one mark per exercise and day: marking
 * again replaces it, so a retry (even one racing the first) stores nothing
 * twice. Only the patient marks; anyone else, or an exercise of another
 * patient's plan, is not found.
 */
export async function saveExerciseLog(db: TDatabase, viewer: TViewer, patientId: string, input: TExerciseLogInput, now: Date = new Date()): Promise<TSavedExerciseLog> {
  requireRole(viewer, "PATIENT");
  await requirePatientAccess(db, viewer, patientId, "patient.exercise-log.save");
  const mark = parseDomainInput(ZExerciseLogInput, input);
  const today = await patientToday(db, patientId, now);
  checkMarkDate(mark.date, today);
  await requireOwnPlanItem(db, patientId, mark.planItemId);
  const plan = await loadCurrentPlanSchedule(db, patientId);
  if (!plan || !dueOn(plan, mark.date).items.some((item) => item.id === mark.planItemId)) {
    throw new InvalidInputError({ planItemId: ["This exercise is not in your plan on that day."] });
  }

  const key = { planItemId: mark.planItemId, date: toDbDate(mark.date) };
  const fields = { outcome: mark.outcome, painDuring: mark.painDuring, feel: mark.feel, skipReason: mark.skipReason };
  const upsert = () => db.exerciseLog.upsert({ where: { planItemId_date: key }, create: { patientId, ...key, ...fields }, update: fields, select: logSelect });
  const row = await upsert().catch((error: unknown) => {
    // Two marks of the same exercise and day raced to insert; the one that lost now finds the row and replaces it.
    if (!isUniqueViolation(error)) throw error;
    return upsert();
  });
  return { log: { ...row, date: fromDbDate(row.date) }, streak: await readStreak(db, patientId, today) };
}

/** An exercise of one of this patient's plans (any version, any plan), else not found. */
export async function requireOwnPlanItem(db: TDatabase, patientId: string, planItemId: string): Promise<void> {
  const owned = await db.exercisePlanItem.count({ where: { id: planItemId, version: { plan: { patientId } } } });
  if (owned === 0) throw new NotFoundError();
}
