"use client";

// Before any zod parse in the browser: no eval probe under the CSP.
import "@/components/providers/zod-without-eval";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import type { z } from "zod";
import { callApi, type ApiClientError } from "@/lib/api/api-client";
import { draftErrors, draftItem, draftItemInput, moveDraftItem, type TDraftErrors, type TDraftSource, type TPlanDraftItem } from "@/lib/plans/plan-draft";
import { createPlanEndpoint, revisePlanEndpoint } from "@/lib/plans/plan-endpoints";
import { ZRevisePlan, ZWritePlan } from "@/lib/plans/plan-input";
import { ExercisePicker, type TExerciseOption } from "./exercise-picker";
import { PlanItemEditor } from "./plan-item-editor";
import { TemplatePicker, type TTemplateOption } from "./template-picker";

export type TBuilderTemplate = TTemplateOption & { instructions: string | null; items: TDraftSource[] };

interface PlanBuilderProps {
  patientId: string;
  /** Set when changing the patient's current plan (a new version); unset for a new plan. */
  planId: string | null;
  initial: { title: string; date: string; instructions: string; items: TDraftSource[] };
  exercises: TExerciseOption[];
  templates: TBuilderTemplate[];
  condition: string | null;
}

type TBuilderErrors = { form: TDraftErrors["form"]; items: Record<string, Record<string, string[]>> };
const NO_ERRORS: TBuilderErrors = { form: {}, items: {} };

/**
 * Builds a new plan or the next version of the current one. The draft is
 * checked with the API's own schema before sending; one request key per
 * distinct submission, so a retry after a timeout cannot store twice.
 */
export function PlanBuilder({ patientId, planId, initial, exercises, templates, condition }: PlanBuilderProps) {
  const router = useRouter();
  const [title, setTitle] = useState(initial.title);
  const [date, setDate] = useState(initial.date);
  const [instructions, setInstructions] = useState(initial.instructions);
  const [saveAsTemplate, setSaveAsTemplate] = useState("");
  const [items, setItems] = useState<TPlanDraftItem[]>(() => initial.items.map(draftItem));
  // Item errors are keyed by the item (not its place), so they follow it when the list is reordered.
  const [errors, setErrors] = useState<TBuilderErrors>(NO_ERRORS);
  const [announcement, setAnnouncement] = useState("");
  const request = useRef<{ id: string; body: string } | null>(null);
  const save = useMutation<unknown, ApiClientError, Record<string, unknown>>({
    // onSubmit sends only a body its endpoint's schema has just accepted.
    mutationFn: (body) =>
      planId
        ? callApi(revisePlanEndpoint, { params: { patientId, planId }, body: body as z.input<typeof ZRevisePlan> })
        : callApi(createPlanEndpoint, { params: { patientId }, body: body as z.input<typeof ZWritePlan> }),
    onSuccess: () => {
      request.current = null;
      router.push(`/patients/${patientId}/exercise-plan`);
      router.refresh();
    },
  });

  /** Once edited, an item's messages go: they described the value before. */
  function clearItemErrors(key: string) {
    if (!errors.items[key]) return;
    setErrors({ ...errors, items: Object.fromEntries(Object.entries(errors.items).filter(([itemKey]) => itemKey !== key)) });
  }

  function updateItems(next: TPlanDraftItem[], message: string) {
    setItems(next);
    setAnnouncement(message);
  }

  function applyTemplate(templateId: string) {
    const template = templates.find((candidate) => candidate.id === templateId);
    if (!template) return;
    if (!title.trim() || title === initial.title) setTitle(template.name);
    if (!instructions.trim() && template.instructions) setInstructions(template.instructions);
    updateItems(template.items.map(draftItem), `${template.items.length} exercises from "${template.name}" are in the plan.`);
  }

  /** The same key for a resend of the same content; a new key once the content changes. */
  function requestIdFor(content: Record<string, unknown>): string {
    const body = JSON.stringify(content);
    if (request.current?.body !== body) request.current = { id: crypto.randomUUID(), body };
    return request.current.id;
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    const content = planId
      ? { title, instructions, items: items.map(draftItemInput), effectiveFrom: date }
      : { title, instructions, items: items.map(draftItemInput), startDate: date, saveAsTemplate };
    const body = { ...content, requestId: requestIdFor(content) };
    const parsed = (planId ? ZRevisePlan : ZWritePlan).safeParse(body);
    if (!parsed.success) {
      const found = draftErrors(parsed.error.issues);
      setErrors({ form: found.form, items: Object.fromEntries(Object.entries(found.items).map(([index, fields]) => [items[Number(index)]?.key ?? index, fields])) });
      setAnnouncement("");
      return;
    }
    setErrors(NO_ERRORS);
    save.mutate(body);
  }

  const fieldErrors = (name: string) => [...(errors.form[name] ?? []), ...(save.error?.fields?.[name] ?? [])];
  const problemCount = Object.keys(errors.form).length + Object.keys(errors.items).length;
  const formMessage = problemCount > 0 ? "Some details need a look: see the messages by each field." : save.error?.message ?? null;

  return (
    <div className="space-y-6">
      {templates.length > 0 ? <TemplatePicker templates={templates} onUse={applyTemplate} /> : null}
      <form onSubmit={onSubmit} noValidate className="space-y-6" aria-labelledby="plan-form-heading">
        <h2 id="plan-form-heading" className="sr-only">
          The plan
        </h2>
        <FormAlert message={formMessage} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label="Title" name="title" value={title} onChange={(event) => setTitle(event.target.value)} maxLength={120} errors={fieldErrors("title")} />
          <TextField
            label={planId ? "These changes apply from" : "Start date"}
            name={planId ? "effectiveFrom" : "startDate"}
            type="date"
            value={date}
            onChange={(event) => setDate(event.target.value)}
            hint={planId ? "What the patient did before this date stays tied to the plan as it was." : "Week 1 of the plan starts on this day."}
            errors={fieldErrors(planId ? "effectiveFrom" : "startDate")}
          />
        </div>
        <div className="space-y-1">
          <label htmlFor="plan-instructions" className="block font-medium">
            Instructions for the patient (optional)
          </label>
          <textarea
            id="plan-instructions"
            value={instructions}
            onChange={(event) => setInstructions(event.target.value)}
            rows={3}
            maxLength={2000}
            className="block w-full rounded-md border border-gray-500 px-3 py-2"
          />
        </div>
        <section aria-labelledby="plan-items-heading" className="space-y-3">
          <h2 id="plan-items-heading" className="text-lg font-bold text-brand-900">
            Exercises in this plan ({items.length})
          </h2>
          {fieldErrors("items").length ? <p className="font-medium text-alert-700">{fieldErrors("items").join(" ")}</p> : null}
          {items.length === 0 ? <p>No exercises yet: add them from the library below or start from a template.</p> : null}
          {items.map((item, index) => (
            <PlanItemEditor
              key={item.key}
              item={item}
              index={index}
              count={items.length}
              errors={errors.items[item.key]}
              onChange={(next) => {
                setItems(items.map((candidate) => (candidate.key === item.key ? next : candidate)));
                clearItemErrors(item.key);
              }}
              onMove={(delta) => {
                const next = moveDraftItem(items, index, delta);
                updateItems(next, `${item.exerciseName} is now number ${next.indexOf(item) + 1} of ${items.length}.`);
              }}
              onRemove={() => updateItems(items.filter((candidate) => candidate.key !== item.key), `${item.exerciseName} removed from the plan.`)}
            />
          ))}
        </section>
        <ExercisePicker
          exercises={exercises}
          condition={condition}
          onAdd={(exercise) => updateItems([...items, draftItem(exercise)], `${exercise.exerciseName} added as number ${items.length + 1}.`)}
        />
        {planId ? null : (
          <TextField
            label="Also save as a clinic template (optional)"
            name="saveAsTemplate"
            value={saveAsTemplate}
            onChange={(event) => setSaveAsTemplate(event.target.value)}
            hint="Give it a name, e.g. “Acute low back pain — first two weeks”, to reuse these exercises and doses for other patients."
            maxLength={120}
            errors={fieldErrors("saveAsTemplate")}
          />
        )}
        <SubmitButton pending={save.isPending}>{save.isPending ? "Saving…" : planId ? "Save changes" : "Save plan"}</SubmitButton>
      </form>
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
