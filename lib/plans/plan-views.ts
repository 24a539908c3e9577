import { fromDbDate } from "../dates/calendar-date";
import type { Prisma } from "../db/generated/client";

/*
 * What plans and templates look like outside the database: plain JSON-safe
 * values (calendar dates "YYYY-MM-DD", instants as ISO strings), returned by
 * the lib functions and by the API unchanged. The selects here are the only
 * way plans and templates are read, so every caller gets the same shape.
 */

/** A prescribed dose; nulls are "not part of this dose" (a dose has reps, a hold time or minutes). */
export type TPlanDose = {
  sets: number;
  reps: number | null;
  holdSeconds: number | null;
  minutes: number | null;
  timesPerDay: number;
  daysPerWeek: number;
};

/**
 * What the exercise itself says about every dose of it: done on each side, and
 * the most pain (0-10) that is OK during it (null for a catalog row synced
 * before the library had it).
 */
export type TExerciseFacts = { eachSide: boolean; acceptablePain: number | null };

/** A dose with the plan weeks it belongs to (week 1 starts on the plan's start date; toWeek null = to the end) and its own instructions. */
export type TPlanItemDose = TPlanDose & { fromWeek: number; toWeek: number | null; instructions: string | null };

export type TPlanItemView = TPlanItemDose & TExerciseFacts & { id: string; position: number; exerciseSlug: string; exerciseName: string };

export type TPlanVersionView = {
  id: string;
  number: number;
  effectiveFrom: string;
  instructions: string | null;
  createdAt: string;
  createdByName: string;
  items: TPlanItemView[];
};

export type TPlanView = {
  id: string;
  title: string;
  startDate: string;
  endedAt: string | null;
  createdAt: string;
  createdByName: string;
  versionCount: number;
  /** The latest version (or, for a retried save, the version that save made). */
  version: TPlanVersionView;
};

export type TPlanSummary = { id: string; title: string; startDate: string; endedAt: string | null; versionCount: number };

/** The plan the patient follows now, and (for the clinician only) the plans that ended, newest first. */
export type TPatientPlans = { current: TPlanView | null; history: TPlanSummary[] };

export type TPlanTemplateItemView = Omit<TPlanItemView, "id" | "position">;

export type TPlanTemplateView = { id: string; name: string; description: string | null; instructions: string | null; items: TPlanTemplateItemView[] };

const doseSelect = {
  sets: true,
  reps: true,
  holdSeconds: true,
  minutes: true,
  timesPerDay: true,
  daysPerWeek: true,
  fromWeek: true,
  toWeek: true,
  instructions: true,
  exercise: { select: { slug: true, name: true, eachSide: true, acceptablePain: true } },
} as const;

/** A plan item as every reader selects it. */
export const planItemSelect = { id: true, position: true, ...doseSelect } satisfies Prisma.ExercisePlanItemSelect;

/** A plan with one version: the latest, or the one with `versionId`. */
export function planViewSelect(versionId?: string) {
  return {
    id: true,
    title: true,
    startDate: true,
    endedAt: true,
    createdAt: true,
    createdBy: { select: { name: true } },
    _count: { select: { versions: true } },
    versions: {
      where: versionId ? { id: versionId } : {},
      orderBy: { number: "desc" },
      take: 1,
      select: {
        id: true,
        number: true,
        effectiveFrom: true,
        instructions: true,
        createdAt: true,
        createdBy: { select: { name: true } },
        items: { orderBy: { position: "asc" }, select: planItemSelect },
      },
    },
  } satisfies Prisma.ExercisePlanSelect;
}

type PlanRow = Prisma.ExercisePlanGetPayload<{ select: ReturnType<typeof planViewSelect> }>;

export const planSummarySelect = { id: true, title: true, startDate: true, endedAt: true, _count: { select: { versions: true } } } satisfies Prisma.ExercisePlanSelect;

type PlanSummaryRow = Prisma.ExercisePlanGetPayload<{ select: typeof planSummarySelect }>;

export const planTemplateViewSelect = {
  id: true,
  name: true,
  description: true,
  instructions: true,
  items: { orderBy: { position: "asc" }, select: doseSelect },
} satisfies Prisma.PlanTemplateSelect;

type PlanTemplateRow = Prisma.PlanTemplateGetPayload<{ select: typeof planTemplateViewSelect }>;

type DoseRow = { [K in Exclude<keyof typeof doseSelect, "exercise">]: TPlanItemView[K] } & { exercise: { slug: string; name: string } & TExerciseFacts };

function toDoseView({ exercise, ...dose }: DoseRow): TPlanTemplateItemView {
  return {
    exerciseSlug: exercise.slug,
    exerciseName: exercise.name,
    eachSide: exercise.eachSide,
    acceptablePain: exercise.acceptablePain,
    sets: dose.sets,
    reps: dose.reps,
    holdSeconds: dose.holdSeconds,
    minutes: dose.minutes,
    timesPerDay: dose.timesPerDay,
    daysPerWeek: dose.daysPerWeek,
    fromWeek: dose.fromWeek,
    toWeek: dose.toWeek,
    instructions: dose.instructions,
  };
}

export function toPlanView(row: PlanRow): TPlanView {
  const [version] = row.versions;
  // Every plan is created with its first version in the same transaction.
  if (!version) throw new Error(`Exercise plan ${row.id} has no version`);
  return {
    id: row.id,
    title: row.title,
    startDate: fromDbDate(row.startDate),
    endedAt: row.endedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    createdByName: row.createdBy.name,
    versionCount: row._count.versions,
    version: {
      id: version.id,
      number: version.number,
      effectiveFrom: fromDbDate(version.effectiveFrom),
      instructions: version.instructions,
      createdAt: version.createdAt.toISOString(),
      createdByName: version.createdBy.name,
      items: version.items.map((item) => ({ id: item.id, position: item.position, ...toDoseView(item) })),
    },
  };
}

export function toPlanSummary(row: PlanSummaryRow): TPlanSummary {
  return { id: row.id, title: row.title, startDate: fromDbDate(row.startDate), endedAt: row.endedAt?.toISOString() ?? null, versionCount: row._count.versions };
}

export function toPlanTemplateView(row: PlanTemplateRow): TPlanTemplateView {
  return { id: row.id, name: row.name, description: row.description, instructions: row.instructions, items: row.items.map(toDoseView) };
}
