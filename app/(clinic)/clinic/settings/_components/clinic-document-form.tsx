"use client";

import { useRouter } from "next/navigation";
import { useId, type FormEvent } from "react";
import { FieldError } from "@/components/forms/field-error";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useApiForm } from "@/components/forms/use-api-form";
import { publishClinicDocumentEndpoint } from "@/lib/clinic-records/clinic-records-endpoints";

/** Saving publishes a new version: every patient is asked to accept it at their next visit. */
export function ClinicDocumentForm({ kind, label, title, body, version }: { kind: "PRIVACY_NOTICE" | "TERMS"; label: string; title: string; body: string; version: number }) {
  const router = useRouter();
  const publish = useApiForm(publishClinicDocumentEndpoint);
  const bodyId = useId();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    publish.mutateForm(event.currentTarget, { onSuccess: () => router.refresh() });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormAlert message={publish.formError} />
      {publish.data ? (
        <p role="status" className="rounded-md bg-brand-50 p-3">
          Version {publish.data.version} published. Patients will be asked to accept it.
        </p>
      ) : null}
      <input type="hidden" name="kind" value={kind} />
      <TextField label={`${label}: title`} name="title" defaultValue={title} required errors={publish.fieldErrors.title} />
      <div className="space-y-1">
        <label htmlFor={bodyId} className="block font-medium">
          {label}: text (version {version})
        </label>
        <p id={`${bodyId}-hint`} className="text-sm text-muted">
          Plain text. Leave a blank line between paragraphs.
        </p>
        <textarea
          id={bodyId}
          name="body"
          defaultValue={body}
          rows={12}
          aria-describedby={`${bodyId}-hint${publish.fieldErrors.body ? ` ${bodyId}-error` : ""}`}
          aria-invalid={publish.fieldErrors.body ? true : undefined}
          className="block w-full rounded-md border border-gray-500 bg-white px-3 py-2 text-base"
        />
        <FieldError id={`${bodyId}-error`} errors={publish.fieldErrors.body} />
      </div>
      <SubmitButton pending={publish.isPending}>Publish as version {version + 1}</SubmitButton>
    </form>
  );
}
