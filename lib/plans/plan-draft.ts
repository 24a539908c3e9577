import type { z } from "zod";
import type { TPlanDose } from "./plan-views";
import type { ZPlanItemInput } from "./plan-input";

/*
 * The plan builder's working copy of a plan. Inputs hold text (what the
 * person typed), so a half-typed number is never lost; the shared zod schema
 * turns the draft into the API's input and names each problem per field.
 */

export type TDraftNumberField = "sets" | "reps" | "holdSeconds" | "minutes" | "timesPerDay" | "daysPerWeek" | "fromWeek" | "toWeek";

export type TPlanDraftItem = { key: string; exerciseSlug: string; exerciseName: string; instructions: string } & Record<TDraftNumberField, string>;

/** An exercise, a template item or a plan item: anything with a dose that can start a draft item. */
export type TDraftSource = TPlanDose & {
  exerciseSlug: string;
  exerciseName: string;
  eachSide?: boolean;
  fromWeek?: number;
  toWeek?: number | null;
  instructions?: string | null;
};

let nextKey = 0;
const text = (value: number | null | undefined) => (value === null || value === undefined ? "" : String(value));

export function draftItem(source: TDraftSource): TPlanDraftItem {
  nextKey += 1;
  return {
    key: `item-${nextKey}`,
    exerciseSlug: source.exerciseSlug,
    exerciseName: source.exerciseName,
    sets: text(source.sets),
    reps: text(source.reps),
    holdSeconds: text(source.holdSeconds),
    minutes: text(source.minutes),
    timesPerDay: text(source.timesPerDay),
    daysPerWeek: text(source.daysPerWeek),
    fromWeek: text(source.fromWeek ?? 1),
    toWeek: text(source.toWeek),
    instructions: source.instructions ?? "",
  };
}

/** What the API takes for one item (validated by the server with the same schema). */
export function draftItemInput(item: TPlanDraftItem): z.input<typeof ZPlanItemInput> {
  const { exerciseSlug, sets, reps, holdSeconds, minutes, timesPerDay, daysPerWeek, fromWeek, toWeek, instructions } = item;
  return { exerciseSlug, sets, reps, holdSeconds, minutes, timesPerDay, daysPerWeek, fromWeek, toWeek, instructions };
}

/** Moves the item at `index` by `delta` places (kept inside the list); returns a new array. */
export function moveDraftItem<T>(items: readonly T[], index: number, delta: number): T[] {
  const target = Math.min(Math.max(index + delta, 0), items.length - 1);
  if (target === index) return [...items];
  const next = [...items];
  const [moved] = next.splice(index, 1);
  next.splice(target, 0, moved as T);
  return next;
}

export type TDraftErrors = { form: Record<string, string[]>; items: Record<number, Record<string, string[]>> };

/** Zod issues sorted into form-level fields and per-item fields ("items.2.reps" goes to item 2's `reps`). */
export function draftErrors(issues: readonly z.core.$ZodIssue[]): TDraftErrors {
  const errors: TDraftErrors = { form: {}, items: {} };
  for (const issue of issues) {
    const [first, index, field] = issue.path;
    if (first === "items" && typeof index === "number" && typeof field === "string") {
      const itemErrors = (errors.items[index] ??= {});
      (itemErrors[field] ??= []).push(issue.message);
    } else {
      const key = typeof first === "string" ? first : "form";
      (errors.form[key] ??= []).push(issue.message);
    }
  }
  return errors;
}

export function hasDraftErrors(errors: TDraftErrors): boolean {
  return Object.keys(errors.form).length > 0 || Object.keys(errors.items).length > 0;
}
