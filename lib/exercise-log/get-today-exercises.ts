import { requirePatientAccess, requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import { toDbDate, type TCalendarDate } from "../dates/calendar-date";
import type { TDatabase } from "../db/client";
import type { TExerciseFacts, TPlanDose } from "../plans/plan-views";
import { loadCurrentPlanSchedule, patientToday, readStreak, type TExerciseLogMark } from "./plan-schedule";
import { dueOn } from "./schedule";

export type TTodayExercise = TPlanDose &
  TExerciseFacts & {
  planItemId: string;
  exerciseSlug: string;
  exerciseName: string;
  /** The item's own instructions from the plan. */
  instructions: string | null;
  /** Today's mark, or null while it has none. */
  log: TExerciseLogMark | null;
};

export type TTodayExercises = {
  /** Today in the patient's time zone. */
  date: TCalendarDate;
  /** The plan the patient follows, or null when they have none. */
  planId: string | null;
  planTitle: string | null;
  /** The plan week today falls in (week 1 from the plan's start date); 0 without a plan or before it starts. */
  planWeek: number;
  /** What is due today, in the plan's order; empty without a plan or before it starts. */
  items: TTodayExercise[];
  /** Days in a row with at least one exercise done, up to today (up to yesterday while nothing is done yet today). */
  streak: number;
};

/**
 * Today's exercises from the plan the patient follows, each with today's mark,
 * and the streak. The patient reads their own; a clinician of their clinic
 * reads them audited.
 */
export async function getTodayExercises(db: TDatabase, viewer: TViewer, patientId: string, now: Date = new Date()): Promise<TTodayExercises> {
  requireRole(viewer, "PATIENT", "CLINICIAN");
  await requirePatientAccess(db, viewer, patientId, "patient.exercise-log.view");
  const today = await patientToday(db, patientId, now);
  const [plan, streak] = await Promise.all([loadCurrentPlanSchedule(db, patientId), readStreak(db, patientId, today)]);
  if (!plan) return { date: today, planId: null, planTitle: null, planWeek: 0, items: [], streak };

  const due = dueOn(plan, today);
  const logs = due.items.length
    ? await db.exerciseLog.findMany({
        where: { patientId, date: toDbDate(today), planItemId: { in: due.items.map((item) => item.id) } },
        select: { planItemId: true, outcome: true, painDuring: true, feel: true, skipReason: true },
      })
    : [];
  const marks = new Map(logs.map(({ planItemId, ...mark }) => [planItemId, mark]));
  return {
    date: today,
    planId: plan.id,
    planTitle: plan.title,
    planWeek: due.week,
    items: due.items.map((item) => ({
      planItemId: item.id,
      exerciseSlug: item.exerciseSlug,
      exerciseName: item.exerciseName,
      eachSide: item.eachSide,
      acceptablePain: item.acceptablePain,
      sets: item.sets,
      reps: item.reps,
      holdSeconds: item.holdSeconds,
      minutes: item.minutes,
      timesPerDay: item.timesPerDay,
      daysPerWeek: item.daysPerWeek,
      instructions: item.instructions,
      log: marks.get(item.id) ?? null,
    })),
    streak,
  };
}
