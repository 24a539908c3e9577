"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { FieldError } from "@/components/forms/field-error";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { saveFlareUpPlanEndpoint } from "@/lib/flare-up-plans/flare-up-plan-endpoints";
import { callApi, type ApiClientError } from "@/lib/api/api-client";
import { FLARE_UP_PLAN_PARTS, FLARE_UP_TEXT_MAX, type TFlareUpField } from "@/lib/flare-up-plans/flare-up-plan-input";

type TParts = Record<TFlareUpField, string | null>;

/**
 * The flare-up plan as one form, for the patient or their clinician: a text
 * box per part, saved as a whole (PUT), so saving twice changes nothing.
 */
export function FlareUpPlanForm({ patientId, initial, saveLabel = "Save my plan" }: { patientId: string; initial: TParts; saveLabel?: string }) {
  const router = useRouter();
  const id = useId();
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const save = useMutation<unknown, ApiClientError, TParts>({
    mutationFn: (body) => callApi(saveFlareUpPlanEndpoint, { params: { patientId }, body }),
    onSuccess: () => {
      setSavedAt(new Date().toLocaleTimeString("en", { hour: "numeric", minute: "2-digit" }));
      router.refresh();
    },
  });
  const fieldErrors = save.error?.fields ?? {};

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    const data = new FormData(event.currentTarget);
    const body = Object.fromEntries(FLARE_UP_PLAN_PARTS.map((part) => [part.field, String(data.get(part.field) ?? "")])) as TParts;
    setSavedAt(null);
    save.mutate(body);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      {FLARE_UP_PLAN_PARTS.map((part) => {
        const inputId = `${id}-${part.field}`;
        const errors = fieldErrors[part.field];
        return (
          <div key={part.field} className="space-y-1">
            <label htmlFor={inputId} className="block text-lg font-semibold">
              {part.label}
            </label>
            <p id={`${inputId}-hint`} className="text-sm text-muted">
              {part.hint}
            </p>
            <textarea
              id={inputId}
              name={part.field}
              rows={4}
              maxLength={FLARE_UP_TEXT_MAX}
              defaultValue={initial[part.field] ?? ""}
              aria-invalid={errors?.length ? true : undefined}
              aria-describedby={`${inputId}-hint${errors?.length ? ` ${inputId}-error` : ""}`}
              className="block w-full rounded-md border border-gray-500 px-3 py-2 text-lg aria-invalid:border-alert-700"
            />
            <FieldError id={`${inputId}-error`} errors={errors} />
          </div>
        );
      })}
      <FormAlert message={save.error && !Object.keys(fieldErrors).length ? save.error.message : null} />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pending={save.isPending} className="inline-flex min-h-12 w-full items-center justify-center rounded-md bg-brand-700 px-5 py-2 text-lg font-semibold text-white hover:bg-brand-800 disabled:opacity-70 sm:w-auto">
          {save.isPending ? "Saving…" : saveLabel}
        </SubmitButton>
        <p role="status" className="font-medium text-brand-800">
          {savedAt ? `Saved at ${savedAt}.` : ""}
        </p>
      </div>
    </form>
  );
}
