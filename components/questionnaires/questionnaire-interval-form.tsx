"use client";

import "@/components/providers/zod-without-eval";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, type FormEvent } from "react";
import { FieldError } from "@/components/forms/field-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { callApi, type ApiClientError } from "@/lib/api/api-client";
import { setQuestionnaireScheduleEndpoint } from "@/lib/questionnaires/questionnaire-endpoints";
import { MAX_INTERVAL_DAYS, MIN_INTERVAL_DAYS } from "@/lib/questionnaires/schedule";

/** The clinician sets how often this patient's follow-up questionnaires come due. */
export function QuestionnaireIntervalForm({ patientId, intervalDays }: { patientId: string; intervalDays: number }) {
  const id = useId();
  const router = useRouter();
  const save = useMutation<unknown, ApiClientError, number>({
    mutationFn: (days) => callApi(setQuestionnaireScheduleEndpoint, { params: { patientId }, body: { intervalDays: days } }),
    onSuccess: () => router.refresh(),
  });
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.mutate(Number(new FormData(event.currentTarget).get("intervalDays")));
  }
  const errors = save.error?.fields?.intervalDays;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3">
      <div className="space-y-1">
        <label htmlFor={`${id}-days`} className="block font-semibold">
          Ask every (days)
        </label>
        <input
          id={`${id}-days`}
          name="intervalDays"
          type="number"
          inputMode="numeric"
          min={MIN_INTERVAL_DAYS}
          max={MAX_INTERVAL_DAYS}
          defaultValue={intervalDays}
          aria-invalid={errors ? true : undefined}
          aria-describedby={errors ? `${id}-error` : undefined}
          className="block min-h-11 w-28 rounded-md border border-gray-500 px-3"
        />
      </div>
      <SubmitButton pending={save.isPending}>{save.isPending ? "Saving…" : "Save"}</SubmitButton>
      <p role="status" className="text-sm">
        {save.isSuccess ? "Saved." : ""}
      </p>
      <FieldError id={`${id}-error`} errors={errors} />
    </form>
  );
}
