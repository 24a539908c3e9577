"use client";

// Before any zod parse in the browser: no eval probe under the CSP.
import "@/components/providers/zod-without-eval";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { TextField } from "@/components/forms/text-field";
import { useApiForm } from "@/components/forms/use-api-form";
import type { TWritePlanTemplate } from "@/lib/plans/plan-input";
import { duplicatePlanTemplateEndpoint, retirePlanTemplateEndpoint, revisePlanTemplateEndpoint } from "@/lib/plan-templates/plan-template-endpoints";

type TTemplateSummary = { id: string; name: string; description: string | null; items: { exerciseSlug: string; exerciseName: string; sets: number; reps: number | null; holdSeconds: number | null; minutes: number | null; timesPerDay: number; daysPerWeek: number }[] };

const BUTTON = "min-h-11 rounded-md border-2 border-brand-700 px-4 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60";

function dose(item: TTemplateSummary["items"][number]): string {
  const amount = [item.reps ? `${item.reps} reps` : null, item.holdSeconds ? `${item.holdSeconds} s hold` : null, item.minutes ? `${item.minutes} min` : null].filter(Boolean).join(", ");
  return `${item.sets} × ${amount}, ${item.timesPerDay}× a day, ${item.daysPerWeek} days a week`;
}

/** One template: its exercises, and duplicate, edit (as a new template) and retire. */
export function TemplateCard({ template, input }: { template: TTemplateSummary; input: TWritePlanTemplate }) {
  const router = useRouter();
  const [open, setOpen] = useState<"duplicate" | "edit" | null>(null);
  const params = { templateId: template.id };
  const duplicate = useApiForm(duplicatePlanTemplateEndpoint, params);
  const revise = useApiForm(revisePlanTemplateEndpoint, params);
  const retire = useApiForm(retirePlanTemplateEndpoint, params);
  const [done, setDone] = useState<string | null>(null);
  const headingId = `template-${template.id}`;

  function onDuplicate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get("name") ?? "");
    duplicate.mutate({ name }, { onSuccess: (result) => { setOpen(null); setDone(`Copied as “${result.template.name}”.`); router.refresh(); } });
  }

  function onEdit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const kept = new Set(data.getAll("keep").map(String));
    revise.mutate(
      {
        name: String(data.get("name") ?? ""),
        description: String(data.get("description") ?? ""),
        instructions: String(data.get("instructions") ?? ""),
        items: input.items.filter((_, index) => kept.has(String(index))),
      },
      { onSuccess: (result) => { setOpen(null); setDone(`Saved as a new version of “${result.template.name}”; the old one is retired.`); router.refresh(); } },
    );
  }

  return (
    <section aria-labelledby={headingId} className="space-y-3 rounded-lg border border-brand-100 p-4">
      <h2 id={headingId} className="text-lg font-bold text-brand-900">
        {template.name}
      </h2>
      {template.description ? <p>{template.description}</p> : null}
      <ol className="list-decimal pl-6 text-sm">
        {template.items.map((item, index) => (
          <li key={`${item.exerciseSlug}-${index}`}>
            {item.exerciseName}: {dose(item)}
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={BUTTON} aria-expanded={open === "duplicate"} onClick={() => setOpen(open === "duplicate" ? null : "duplicate")}>
          Duplicate
        </button>
        <button type="button" className={BUTTON} aria-expanded={open === "edit"} onClick={() => setOpen(open === "edit" ? null : "edit")}>
          Edit
        </button>
        <button
          type="button"
          className={BUTTON}
          disabled={retire.isPending}
          onClick={() => {
            if (window.confirm(`Retire “${template.name}”? Plans made from it do not change.`)) retire.mutate(undefined, { onSuccess: () => router.refresh() });
          }}
        >
          Retire
        </button>
      </div>
      <FormAlert message={retire.formError} />
      {open === "duplicate" ? (
        <form onSubmit={onDuplicate} noValidate className="space-y-3">
          <FormAlert message={duplicate.formError} />
          <TextField label="Name of the copy" name="name" defaultValue={`${template.name} (copy)`} maxLength={120} required errors={duplicate.fieldErrors.name} />
          <button type="submit" className={BUTTON} disabled={duplicate.isPending}>
            Save the copy
          </button>
        </form>
      ) : null}
      {open === "edit" ? (
        <form onSubmit={onEdit} noValidate className="space-y-3">
          <FormAlert message={revise.formError} />
          <TextField label="Name" name="name" defaultValue={input.name} maxLength={120} required errors={revise.fieldErrors.name} />
          <TextField label="Description (optional)" name="description" defaultValue={input.description ?? ""} maxLength={500} errors={revise.fieldErrors.description} />
          <TextField label="Instructions for the patient (optional)" name="instructions" defaultValue={input.instructions ?? ""} maxLength={2000} errors={revise.fieldErrors.instructions} />
          <fieldset className="space-y-1" aria-describedby={revise.fieldErrors.items ? `${headingId}-items-error` : undefined}>
            <legend className="font-medium">Exercises to keep</legend>
            {template.items.map((item, index) => (
              <label key={`${item.exerciseSlug}-${index}`} className="flex min-h-11 items-center gap-2">
                <input type="checkbox" name="keep" value={String(index)} defaultChecked className="size-5" />
                {item.exerciseName}
              </label>
            ))}
            {revise.fieldErrors.items ? (
              <p id={`${headingId}-items-error`} className="font-medium text-alert-700">
                {revise.fieldErrors.items.join(" ")}
              </p>
            ) : null}
          </fieldset>
          <button type="submit" className={BUTTON} disabled={revise.isPending}>
            Save as a new version
          </button>
        </form>
      ) : null}
      <div role="status">{done ? <p className="font-semibold">{done}</p> : null}</div>
    </section>
  );
}
