"use client";

import "@/components/providers/zod-without-eval";
import { useMutation } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { FieldError } from "@/components/forms/field-error";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { callApi, type ApiClientError } from "@/lib/api/api-client";
import { requestSeenAgainEndpoint } from "@/lib/discharge/discharge-endpoints";
import { SEEN_AGAIN_NOTE_MAX } from "@/lib/discharge/discharge-input";

/** After discharge: the patient asks the clinic to see them again (stored for the clinic; a request id makes a retry harmless). */
export function SeenAgainForm({ patientId, alreadyAsked }: { patientId: string; alreadyAsked: boolean }) {
  const id = useId();
  const [requestId] = useState(() => crypto.randomUUID());
  const ask = useMutation<unknown, ApiClientError, string>({
    mutationFn: (note) => callApi(requestSeenAgainEndpoint, { params: { patientId }, body: { note, requestId } }),
  });
  if (alreadyAsked || ask.isSuccess) {
    return (
      <p role="status" className="font-medium text-brand-900">
        Your clinic has your request to be seen again. They will contact you.
      </p>
    );
  }
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (ask.isPending) return;
    ask.mutate(String(new FormData(event.currentTarget).get("note") ?? ""));
  }
  const errors = ask.error?.fields?.note;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      <label htmlFor={`${id}-note`} className="block font-semibold">
        Ask to be seen again (optional message)
      </label>
      <textarea
        id={`${id}-note`}
        name="note"
        rows={3}
        maxLength={SEEN_AGAIN_NOTE_MAX}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${id}-error` : undefined}
        className="block w-full rounded-md border border-gray-500 px-3 py-2 text-lg"
      />
      <FieldError id={`${id}-error`} errors={errors} />
      <FormAlert message={ask.error && !errors ? ask.error.message : null} />
      <SubmitButton pending={ask.isPending}>{ask.isPending ? "Sending…" : "Ask to be seen again"}</SubmitButton>
    </form>
  );
}
