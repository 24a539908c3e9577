"use client";

import { useId } from "react";
import { FieldError } from "@/components/forms/field-error";
import type { TDraftNumberField, TPlanDraftItem } from "@/lib/plans/plan-draft";

const DOSE_INPUTS: { field: TDraftNumberField; label: string }[] = [
  { field: "sets", label: "Sets" },
  { field: "reps", label: "Reps per set" },
  { field: "holdSeconds", label: "Hold (seconds)" },
  { field: "minutes", label: "Minutes" },
  { field: "timesPerDay", label: "Times a day" },
  { field: "daysPerWeek", label: "Days a week" },
  { field: "fromWeek", label: "From week" },
  { field: "toWeek", label: "To week" },
];

interface PlanItemEditorProps {
  item: TPlanDraftItem;
  index: number;
  count: number;
  errors: Record<string, string[]> | undefined;
  onChange: (item: TPlanDraftItem) => void;
  onMove: (delta: number) => void;
  onRemove: () => void;
}

/** One exercise of the plan: its dose, the weeks it belongs to, instructions, and buttons to reorder or remove it. */
export function PlanItemEditor({ item, index, count, errors, onChange, onMove, onRemove }: PlanItemEditorProps) {
  const id = useId();
  const position = `${index + 1}. ${item.exerciseName}`;
  return (
    <fieldset className="space-y-3 rounded-lg border border-gray-300 p-4" aria-describedby={errors?.exerciseSlug ? `${id}-exercise-error` : undefined}>
      <legend className="px-1 text-lg font-semibold text-brand-900">{position}</legend>
      <FieldError id={`${id}-exercise-error`} errors={errors?.exerciseSlug} />
      <p id={`${id}-dose-hint`} className="text-sm text-muted">
        Give reps, a hold time or minutes. Leave “To week” empty to keep it to the end of the plan.
      </p>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {DOSE_INPUTS.map(({ field, label }) => {
          const inputId = `${id}-${field}`;
          const fieldErrors = errors?.[field];
          return (
            <div key={field} className="space-y-1">
              <label htmlFor={inputId} className="block text-sm font-medium">
                {label}
              </label>
              <input
                id={inputId}
                type="number"
                inputMode="numeric"
                min={field === "toWeek" || field === "reps" || field === "holdSeconds" || field === "minutes" ? 0 : 1}
                value={item[field]}
                onChange={(event) => onChange({ ...item, [field]: event.target.value })}
                aria-invalid={fieldErrors?.length ? true : undefined}
                aria-describedby={fieldErrors?.length ? `${id}-dose-hint ${inputId}-error` : `${id}-dose-hint`}
                className="block min-h-11 w-full rounded-md border border-gray-500 bg-white px-3 py-2 aria-invalid:border-alert-700"
              />
              <FieldError id={`${inputId}-error`} errors={fieldErrors} />
            </div>
          );
        })}
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-instructions`} className="block text-sm font-medium">
          Instructions for this exercise (optional)
        </label>
        <input
          id={`${id}-instructions`}
          value={item.instructions}
          maxLength={500}
          onChange={(event) => onChange({ ...item, instructions: event.target.value })}
          aria-describedby={errors?.instructions ? `${id}-instructions-error` : undefined}
          className="block min-h-11 w-full rounded-md border border-gray-500 bg-white px-3 py-2"
        />
        <FieldError id={`${id}-instructions-error`} errors={errors?.instructions} />
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="button" aria-label={`Move up: ${item.exerciseName}`} onClick={() => onMove(-1)} disabled={index === 0} className="min-h-11 rounded-md border border-gray-500 px-3 disabled:opacity-50">
          Move up
        </button>
        <button type="button" aria-label={`Move down: ${item.exerciseName}`} onClick={() => onMove(1)} disabled={index === count - 1} className="min-h-11 rounded-md border border-gray-500 px-3 disabled:opacity-50">
          Move down
        </button>
        <button type="button" aria-label={`Remove: ${item.exerciseName}`} onClick={onRemove} className="min-h-11 rounded-md border border-alert-700 px-3 text-alert-700">
          Remove
        </button>
      </div>
    </fieldset>
  );
}
