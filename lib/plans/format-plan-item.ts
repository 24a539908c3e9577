import type { TExerciseDoseInput } from "../content/content-schemas";
import { formatDose } from "../content/format-dose";
import type { TPlanDose } from "./plan-views";

/** A library-style dose (parts left out) as a plan dose (parts null): an exercise's usual dose becomes a starting prescription. */
export function planDoseOf(dose: TExerciseDoseInput): TPlanDose {
  return {
    sets: dose.sets,
    reps: dose.reps ?? null,
    holdSeconds: dose.holdSeconds ?? null,
    minutes: dose.minutes ?? null,
    timesPerDay: dose.timesPerDay,
    daysPerWeek: dose.daysPerWeek,
  };
}

/** A plan item's dose in the same plain words as the library's usual doses ("each side" when the exercise is one-sided). */
export function formatPlanDose(dose: TPlanDose & { eachSide?: boolean }): string {
  return formatDose({
    sets: dose.sets,
    reps: dose.reps ?? undefined,
    holdSeconds: dose.holdSeconds ?? undefined,
    minutes: dose.minutes ?? undefined,
    timesPerDay: dose.timesPerDay,
    daysPerWeek: dose.daysPerWeek,
    eachSide: dose.eachSide ?? false,
  });
}

/** When in the plan an exercise is done: null when it runs for the whole plan. */
export function formatPlanWeeks(fromWeek: number, toWeek: number | null): string | null {
  if (toWeek === null) return fromWeek <= 1 ? null : `From week ${fromWeek}`;
  if (toWeek === fromWeek) return `Week ${fromWeek}`;
  return `Weeks ${fromWeek}–${toWeek}`;
}
