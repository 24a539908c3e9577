"use client";

import { useId } from "react";
import { FieldError } from "@/components/forms/field-error";

const POINTS = Array.from({ length: 11 }, (_, point) => point);

interface RatingScaleProps {
  /** The question, read as the group's name. */
  legend: string;
  name: string;
  value: number | null;
  onChange: (value: number) => void;
  /** Words for the two ends of the scale, e.g. "No pain" and "Worst pain imaginable". */
  lowLabel: string;
  highLabel: string;
  /** Plain words under the question (read after it by screen readers). */
  hint?: string;
  errors?: string[];
}

/**
 * A 0-10 numeric rating scale as eleven large radio buttons (keyboard: Tab
 * into the group, arrows to move), with the anchors written under both ends.
 */
export function RatingScale({ legend, name, value, onChange, lowLabel, highLabel, hint, errors }: RatingScaleProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, `${id}-anchors`, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <fieldset className="space-y-2" aria-describedby={describedBy}>
      <legend className="text-lg font-semibold">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <div className="grid grid-cols-6 gap-2 sm:grid-cols-11">
        {POINTS.map((point) => (
          <label
            key={point}
            className="flex min-h-12 cursor-pointer items-center justify-center rounded-md border-2 border-gray-500 text-lg font-semibold has-checked:border-brand-800 has-checked:bg-brand-800 has-checked:text-white has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand-800"
          >
            <input type="radio" name={name} value={point} checked={value === point} onChange={() => onChange(point)} className="sr-only" />
            {point}
            {point === 0 || point === 10 ? <span className="sr-only">: {point === 0 ? lowLabel : highLabel}</span> : null}
          </label>
        ))}
      </div>
      <p id={`${id}-anchors`} className="flex justify-between text-sm text-muted">
        <span>0 = {lowLabel}</span>
        <span>10 = {highLabel}</span>
      </p>
      <FieldError id={`${id}-error`} errors={errors} />
    </fieldset>
  );
}
