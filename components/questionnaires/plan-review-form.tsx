"use client";

import "@/components/providers/zod-without-eval";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { FieldError } from "@/components/forms/field-error";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { callApi, type ApiClientError } from "@/lib/api/api-client";
import { decidePlanReviewEndpoint } from "@/lib/questionnaires/questionnaire-endpoints";
import { PLAN_REVIEW_DECISIONS, REVIEW_NOTE_MAX } from "@/lib/questionnaires/questionnaire-input";

const DECISION_LABELS: Record<(typeof PLAN_REVIEW_DECISIONS)[number], string> = {
  PLAN_CHANGED: "I changed the plan",
  REFERRAL: "I referred the patient",
  NO_CHANGE: "No change (say why)",
};

/** Records the clinician's decision on an open "review this plan" task. */
export function PlanReviewForm({ patientId, taskId }: { patientId: string; taskId: string }) {
  const id = useId();
  const router = useRouter();
  const [decision, setDecision] = useState<string>("");
  const decide = useMutation<unknown, ApiClientError, { decision: string; note: string }>({
    mutationFn: (body) => callApi(decidePlanReviewEndpoint, { params: { patientId, taskId }, body: body as never }),
    onSuccess: () => router.refresh(),
  });
  const fields = decide.error?.fields ?? {};
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (decide.isPending) return;
    decide.mutate({ decision, note: String(new FormData(event.currentTarget).get("note") ?? "") });
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <fieldset className="space-y-1" aria-describedby={fields.decision ? `${id}-decision-error` : undefined}>
        <legend className="font-semibold">Your decision</legend>
        {PLAN_REVIEW_DECISIONS.map((value) => (
          <label key={value} className="flex min-h-11 items-center gap-2">
            <input type="radio" name="decision" value={value} checked={decision === value} onChange={() => setDecision(value)} className="size-5" />
            {DECISION_LABELS[value]}
          </label>
        ))}
        <FieldError id={`${id}-decision-error`} errors={fields.decision} />
      </fieldset>
      <div className="space-y-1">
        <label htmlFor={`${id}-note`} className="block font-semibold">
          Reason or note
        </label>
        <textarea
          id={`${id}-note`}
          name="note"
          rows={2}
          maxLength={REVIEW_NOTE_MAX}
          aria-invalid={fields.note ? true : undefined}
          aria-describedby={fields.note ? `${id}-note-error` : undefined}
          className="block w-full rounded-md border border-gray-500 px-3 py-2"
        />
        <FieldError id={`${id}-note-error`} errors={fields.note} />
      </div>
      <FormAlert message={decide.error && !fields.decision && !fields.note ? decide.error.message : null} />
      <SubmitButton pending={decide.isPending}>{decide.isPending ? "Saving…" : "Record the decision"}</SubmitButton>
    </form>
  );
}
