"use client";

import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useApiForm } from "@/components/forms/use-api-form";

/** Tick guides, add a note, assign. Guides the patient already has are not offered. */
export function AssignGuidesForm({ patientId, guides }: { patientId: string; guides: { slug: string; title: string }[] }) {
  const router = useRouter();
  const assign = useApiForm<{ guides: string[]; note?: string }, { assigned: number }>(`/api/v1/patients/${patientId}/guides`);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const note = String(data.get("note") ?? "").trim();
    assign.mutate(
      { guides: data.getAll("guides").map(String), ...(note ? { note } : {}) },
      {
        onSuccess: () => {
          form.reset();
          router.refresh();
        },
      },
    );
  }

  if (guides.length === 0) return <p>This patient already has every guide.</p>;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormAlert message={assign.formError} />
      <fieldset className="space-y-1">
        <legend className="font-medium">Guides to assign</legend>
        {guides.map((guide) => (
          <label key={guide.slug} className="flex min-h-11 items-center gap-3">
            <input type="checkbox" name="guides" value={guide.slug} className="size-5" />
            {guide.title}
          </label>
        ))}
      </fieldset>
      <label className="block space-y-1">
        <span className="font-medium">Note for the patient (optional)</span>
        <textarea name="note" rows={3} maxLength={1000} className="block w-full rounded-md border border-gray-500 px-3 py-2" />
      </label>
      <SubmitButton pending={assign.isPending}>Assign</SubmitButton>
      <p role="status" className="text-sm">
        {assign.isSuccess ? `${assign.data.assigned} guide(s) assigned.` : ""}
      </p>
    </form>
  );
}
