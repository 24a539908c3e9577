"use client";

// Before any zod parse in the browser: no eval probe under the CSP.
import "@/components/providers/zod-without-eval";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { MedicalHistoryFields, type TMedicalHistoryDraft } from "@/components/red-flags/medical-history-fields";
import { callApi, type ApiClientError } from "@/lib/api/api-client";
import { fieldErrorsOf } from "@/lib/errors/parse-input";
import { ZMedicalHistoryInput } from "@/lib/red-flags/medical-history";
import { saveMedicalHistoryEndpoint } from "@/lib/red-flags/medical-history-endpoints";

/** The patient answers or changes their history, then goes on to the dashboard. */
export function MedicalHistoryForm({ patientId, initial, firstTime }: { patientId: string; initial: TMedicalHistoryDraft; firstTime: boolean }) {
  const router = useRouter();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<string[]>([]);
  const save = useMutation<unknown, ApiClientError, TMedicalHistoryDraft>({
    mutationFn: (body) => callApi(saveMedicalHistoryEndpoint, { params: { patientId }, body }),
    onSuccess: () => {
      router.replace(firstTime ? "/dashboard" : "/my-health-history?saved=1");
      router.refresh();
    },
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZMedicalHistoryInput.safeParse(draft);
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error).fields.medicalHistory ?? ["Tick the ones that are true, or \"None of these\"."]);
      return;
    }
    setErrors([]);
    save.mutate(draft);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <FormAlert message={save.error?.message ?? null} />
      <MedicalHistoryFields value={draft} onChange={setDraft} errors={[...errors, ...(save.error?.fields?.medicalHistory ?? [])]} />
      <SubmitButton pending={save.isPending}>{save.isPending ? "Saving…" : firstTime ? "Save and go on" : "Save"}</SubmitButton>
    </form>
  );
}
