"use client";

import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { FieldError } from "@/components/forms/field-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { useApiForm } from "@/components/forms/use-api-form";
import { addClinicianNoteEndpoint } from "@/lib/notes/clinician-note-endpoints";

export function AddNoteForm({ patientId }: { patientId: string }) {
  const router = useRouter();
  const add = useApiForm(addClinicianNoteEndpoint, { patientId });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    add.mutate(
      { body: String(new FormData(form).get("body") ?? "") },
      {
        onSuccess: () => {
          form.reset();
          router.refresh();
        },
      },
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      <label htmlFor="note-body" className="block font-medium">
        New note (staff only)
      </label>
      <textarea
        id="note-body"
        name="body"
        rows={3}
        maxLength={5000}
        aria-invalid={add.fieldErrors.body ? true : undefined}
        aria-describedby={add.fieldErrors.body ? "note-body-error" : undefined}
        className="block w-full rounded-md border border-gray-500 px-3 py-2"
      />
      <FieldError id="note-body-error" errors={add.fieldErrors.body ?? (add.formError ? [add.formError] : undefined)} />
      <SubmitButton pending={add.isPending}>Add note</SubmitButton>
    </form>
  );
}
