import type { TDatabase } from "../db/client";
import { InvalidInputError } from "../errors/domain-errors";
import type { TPlanItemInput } from "./plan-input";
import type { TPlanItemDose } from "./plan-views";

/** One item ready to store in a plan version or a template: the exercise's row id, its place and its dose. */
export type TResolvedPlanItem = TPlanItemDose & { exerciseId: string; position: number };

/**
 * Checks the items of a plan or a template against the exercise library and
 * each other, the one place both do it: every slug must name an exercise that
 * is not retired, and one exercise may come twice only in weeks that do not
 * overlap (e.g. bridge at 2 x 10 in weeks 1-2, then at 3 x 12 from week 3).
 * Keeps the order given (positions 0..n-1).
 * Refuses with messages for the `items` field.
 */
export async function resolvePlanItems(db: Pick<TDatabase, "exercise">, items: TPlanItemInput[]): Promise<TResolvedPlanItem[]> {
  const slugs = [...new Set(items.map((item) => item.exerciseSlug))];
  const exercises = await db.exercise.findMany({ where: { slug: { in: slugs }, retiredAt: null }, select: { id: true, slug: true, name: true } });
  const bySlug = new Map(exercises.map((exercise) => [exercise.slug, exercise]));
  const unknown = slugs.filter((slug) => !bySlug.has(slug));
  if (unknown.length) throw new InvalidInputError({ items: [`No such exercise: ${unknown.join(", ")}`] });

  const problems: string[] = [];
  items.forEach((item, index) => {
    const earlier = items.findIndex((other, otherIndex) => otherIndex < index && other.exerciseSlug === item.exerciseSlug && weeksOverlap(other, item));
    if (earlier >= 0) {
      problems.push(
        `${bySlug.get(item.exerciseSlug)!.name} is in the plan twice for the same weeks (exercises ${earlier + 1} and ${index + 1}). Remove one, or give them different weeks.`,
      );
    }
  });
  if (problems.length) throw new InvalidInputError({ items: problems });

  return items.map((item, position) => ({
    exerciseId: bySlug.get(item.exerciseSlug)!.id,
    position,
    sets: item.sets,
    reps: item.reps,
    holdSeconds: item.holdSeconds,
    minutes: item.minutes,
    timesPerDay: item.timesPerDay,
    daysPerWeek: item.daysPerWeek,
    fromWeek: item.fromWeek,
    toWeek: item.toWeek,
    instructions: item.instructions,
  }));
}

type Weeks = { fromWeek: number; toWeek: number | null };

function weeksOverlap(a: Weeks, b: Weeks): boolean {
  return a.fromWeek <= (b.toWeek ?? Infinity) && b.fromWeek <= (a.toWeek ?? Infinity);
}
