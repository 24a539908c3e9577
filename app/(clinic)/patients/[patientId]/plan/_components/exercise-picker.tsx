"use client";

import { useId, useMemo, useState } from "react";
import { formatPlanDose } from "@/lib/plans/format-plan-item";
import type { TDraftSource } from "@/lib/plans/plan-draft";

export type TExerciseOption = TDraftSource & { bodyArea: string; goals: string[]; equipment: string[]; conditions: string[] };

const words = (value: string) => value.replace(/-/g, " ");
const choices = (values: string[]) => [...new Set(values)].sort();

/** Search the exercise library and add exercises to the plan; every word of the search must match. */
export function ExercisePicker({ exercises, condition, onAdd }: { exercises: TExerciseOption[]; condition: string | null; onAdd: (exercise: TExerciseOption) => void }) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [bodyArea, setBodyArea] = useState("");
  const [goal, setGoal] = useState("");
  const [forCondition, setForCondition] = useState(Boolean(condition));
  const bodyAreas = useMemo(() => choices(exercises.map((exercise) => exercise.bodyArea)), [exercises]);
  const goals = useMemo(() => choices(exercises.flatMap((exercise) => exercise.goals)), [exercises]);
  const searchWords = query.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = exercises.filter(
    (exercise) =>
      searchWords.every((word) => `${exercise.exerciseName} ${exercise.bodyArea} ${exercise.goals.join(" ")} ${exercise.equipment.join(" ")}`.toLowerCase().includes(word)) &&
      (!bodyArea || exercise.bodyArea === bodyArea) &&
      (!goal || exercise.goals.includes(goal)) &&
      (!forCondition || !condition || exercise.conditions.includes(condition)),
  );
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3 rounded-lg border border-brand-100 p-4">
      <h2 id={`${id}-heading`} className="text-lg font-bold text-brand-900">
        Add exercises from the library
      </h2>
      <div className="grid gap-3 sm:grid-cols-3">
        <label className="block space-y-1">
          <span className="block font-medium">Search exercises</span>
          <input type="search" value={query} onChange={(event) => setQuery(event.target.value)} className="block min-h-11 w-full rounded-md border border-gray-500 px-3 py-2" />
        </label>
        <label className="block space-y-1">
          <span className="block font-medium">Body area</span>
          <select value={bodyArea} onChange={(event) => setBodyArea(event.target.value)} className="block min-h-11 w-full rounded-md border border-gray-500 bg-white px-3 py-2">
            <option value="">Any</option>
            {bodyAreas.map((area) => (
              <option key={area} value={area}>
                {words(area)}
              </option>
            ))}
          </select>
        </label>
        <label className="block space-y-1">
          <span className="block font-medium">Goal</span>
          <select value={goal} onChange={(event) => setGoal(event.target.value)} className="block min-h-11 w-full rounded-md border border-gray-500 bg-white px-3 py-2">
            <option value="">Any</option>
            {goals.map((value) => (
              <option key={value} value={value}>
                {words(value)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {condition ? (
        <label className="flex min-h-11 items-center gap-3">
          <input type="checkbox" checked={forCondition} onChange={(event) => setForCondition(event.target.checked)} className="size-5" />
          Only exercises for this patient&apos;s condition
        </label>
      ) : null}
      <p role="status" className="text-sm text-muted">
        {matches.length === 1 ? "1 exercise matches." : `${matches.length} exercises match.`}
      </p>
      <ul className="max-h-96 divide-y divide-gray-200 overflow-y-auto rounded-md border border-gray-300">
        {matches.map((exercise) => (
          <li key={exercise.exerciseSlug} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
            <div>
              <p className="font-medium">{exercise.exerciseName}</p>
              <p className="text-sm text-muted">
                {words(exercise.bodyArea)} · {exercise.goals.map(words).join(", ")} · usual: {formatPlanDose(exercise)}
              </p>
            </div>
            <button type="button" onClick={() => onAdd(exercise)} className="min-h-11 rounded-md border-2 border-brand-700 px-3 font-semibold text-brand-800 hover:bg-brand-50">
              Add<span className="sr-only"> {exercise.exerciseName}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
