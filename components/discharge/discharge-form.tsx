"use client";

import "@/components/providers/zod-without-eval";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { FieldError } from "@/components/forms/field-error";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { callApi, type ApiClientError } from "@/lib/api/api-client";
import { dischargeEndpoint } from "@/lib/discharge/discharge-endpoints";
import { FINAL_QUESTIONNAIRE_CHOICES, SELF_MANAGEMENT_MAX } from "@/lib/discharge/discharge-input";

/** The clinician discharges the patient: how the final questionnaires are done, and the self-management plan. */
export function DischargeForm({ patientId }: { patientId: string }) {
  const id = useId();
  const router = useRouter();
  const [requestId] = useState(() => crypto.randomUUID());
  const [final, setFinal] = useState<string>("");
  const discharge = useMutation<unknown, ApiClientError, { finalQuestionnaires: string; selfManagementPlan: string }>({
    mutationFn: (body) => callApi(dischargeEndpoint, { params: { patientId }, body: { ...body, requestId } as never }),
    onSuccess: () => router.refresh(),
  });
  const fields = discharge.error?.fields ?? {};
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (discharge.isPending) return;
    discharge.mutate({ finalQuestionnaires: final, selfManagementPlan: String(new FormData(event.currentTarget).get("selfManagementPlan") ?? "") });
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <fieldset className="space-y-1" aria-describedby={fields.finalQuestionnaires ? `${id}-final-error` : undefined}>
        <legend className="font-semibold">Final questionnaires</legend>
        {FINAL_QUESTIONNAIRE_CHOICES.map((choice) => (
          <label key={choice.value} className="flex min-h-11 items-center gap-2">
            <input type="radio" name="finalQuestionnaires" value={choice.value} checked={final === choice.value} onChange={() => setFinal(choice.value)} className="size-5" />
            {choice.label}
          </label>
        ))}
        <FieldError id={`${id}-final-error`} errors={fields.finalQuestionnaires} />
      </fieldset>
      <div className="space-y-1">
        <label htmlFor={`${id}-plan`} className="block font-semibold">
          Self-management plan
        </label>
        <p id={`${id}-plan-hint`} className="text-sm text-muted">
          What the patient keeps doing on their own. Printed on the discharge summary with their flare-up plan.
        </p>
        <textarea
          id={`${id}-plan`}
          name="selfManagementPlan"
          rows={4}
          maxLength={SELF_MANAGEMENT_MAX}
          aria-invalid={fields.selfManagementPlan ? true : undefined}
          aria-describedby={`${id}-plan-hint${fields.selfManagementPlan ? ` ${id}-plan-error` : ""}`}
          className="block w-full rounded-md border border-gray-500 px-3 py-2"
        />
        <FieldError id={`${id}-plan-error`} errors={fields.selfManagementPlan} />
      </div>
      <FormAlert message={discharge.error && !fields.finalQuestionnaires && !fields.selfManagementPlan ? discharge.error.message : null} />
      <SubmitButton pending={discharge.isPending}>{discharge.isPending ? "Discharging…" : "Discharge"}</SubmitButton>
    </form>
  );
}
