import { addDays, fromDbDate, todayIn, toDbDate, type TCalendarDate } from "../dates/calendar-date";
import type { TDatabase } from "../db/client";
import type { ExerciseFeel, ExerciseOutcome, SkipReason } from "../db/generated/enums";
import type { Prisma } from "../db/generated/client";
import { InvalidInputError } from "../errors/domain-errors";
import { planItemSelect, type TExerciseFacts, type TPlanDose } from "../plans/plan-views";
import { streakOf, type TSchedulePlan, type TScheduleItem } from "./schedule";

/*
 * Reading what the schedule rules (schedule.ts) need: the plan the patient
 * follows with every version and item, their logs, their streak. Shared by
 * the exercise-log functions; no access checks here, the callers make them.
 */

/** A plan item as the log shows it. */
export type TScheduleItemDetail = TScheduleItem &
  TPlanDose & TExerciseFacts & { position: number; exerciseSlug: string; exerciseName: string; instructions: string | null };

export type TCurrentPlanSchedule = TSchedulePlan<TScheduleItemDetail> & { id: string; title: string };

/** A patient's mark on one exercise on one day, as the API returns it. */
export type TExerciseLogMark = { outcome: ExerciseOutcome; painDuring: number | null; feel: ExerciseFeel | null; skipReason: SkipReason | null };

/** How far back a patient may mark or undo: today and the 7 days before it. */
export const DAYS_BACK = 7;

export const currentPlanScheduleSelect = {
  id: true,
  title: true,
  startDate: true,
  versions: {
    orderBy: { number: "asc" },
    select: {
      number: true,
      effectiveFrom: true,
      items: {
        orderBy: { position: "asc" },
        select: { ...planItemSelect, exerciseId: true },
      },
    },
  },
} satisfies Prisma.ExercisePlanSelect;

type CurrentPlanRow = Prisma.ExercisePlanGetPayload<{ select: typeof currentPlanScheduleSelect }>;

/** The plan the patient follows now (the same choice as getPatientPlans), or null. */
export const currentPlanWhere = { endedAt: null } satisfies Prisma.ExercisePlanWhereInput;
export const currentPlanOrder = [{ createdAt: "desc" }, { id: "desc" }] satisfies Prisma.ExercisePlanOrderByWithRelationInput[];

export async function loadCurrentPlanSchedule(db: Prisma.TransactionClient, patientId: string): Promise<TCurrentPlanSchedule | null> {
  const row = await db.exercisePlan.findFirst({ where: { patientId, ...currentPlanWhere }, orderBy: currentPlanOrder, select: currentPlanScheduleSelect });
  return row ? toPlanSchedule(row) : null;
}

export function toPlanSchedule(row: CurrentPlanRow): TCurrentPlanSchedule {
  return {
    id: row.id,
    title: row.title,
    startDate: fromDbDate(row.startDate),
    versions: row.versions.map((version) => ({
      number: version.number,
      effectiveFrom: fromDbDate(version.effectiveFrom),
      items: version.items.map(({ exercise, ...item }) => ({
        ...item,
        exerciseSlug: exercise.slug,
        exerciseName: exercise.name,
        eachSide: exercise.eachSide,
        acceptablePain: exercise.acceptablePain,
      })),
    })),
  };
}

/** The patient's today in their time zone. */
export async function patientToday(db: Prisma.TransactionClient, patientId: string, now: Date): Promise<TCalendarDate> {
  const profile = await db.patientProfile.findUniqueOrThrow({ where: { userId: patientId }, select: { timeZone: true } });
  return todayIn(profile.timeZone, now);
}

/** A patient marks (or unmarks) today or up to DAYS_BACK days back in their calendar, never a day still to come. */
export function checkMarkDate(date: TCalendarDate, today: TCalendarDate): void {
  if (date > today) throw new InvalidInputError({ date: ["That day has not come yet. You can mark today or the 7 days before it."] });
  if (date < addDays(today, -DAYS_BACK)) throw new InvalidInputError({ date: ["That day is too long ago. You can mark today or the 7 days before it."] });
}

/** The longest streak read in one go; a longer one is counted to this. */
const LONGEST_STREAK = 4096;

/**
 * Days in a row with something done, up to today (see streakOf). Reads the
 * recent weeks first and further back only while the streak runs on.
 */
export async function readStreak(db: Prisma.TransactionClient, patientId: string, today: TCalendarDate): Promise<number> {
  for (let window = 64; ; window *= 4) {
    const since = addDays(today, -Math.min(window, LONGEST_STREAK));
    const days = await db.exerciseLog.groupBy({
      by: ["date"],
      where: { patientId, outcome: "DONE", date: { gte: toDbDate(since), lte: toDbDate(today) } },
    });
    const streak = streakOf(
      days.map((day) => fromDbDate(day.date)),
      today,
    );
    if (streak < window || window >= LONGEST_STREAK) return Math.min(streak, LONGEST_STREAK);
  }
}

/** Every log of the patient between two dates (inclusive) for the items of one plan. */
export async function readPlanLogs(db: TDatabase, input: { patientId: string; planId: string; from: TCalendarDate; to: TCalendarDate }) {
  const rows = await db.exerciseLog.findMany({
    where: { patientId: input.patientId, planItem: { version: { planId: input.planId } }, date: { gte: toDbDate(input.from), lte: toDbDate(input.to) } },
    select: { planItemId: true, date: true, outcome: true },
  });
  return rows.map((row) => ({ planItemId: row.planItemId, date: fromDbDate(row.date), outcome: row.outcome }));
}
