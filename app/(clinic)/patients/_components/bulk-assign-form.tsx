"use client";

// Before any zod parse in the browser: no eval probe under the CSP.
import "@/components/providers/zod-without-eval";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SelectField } from "@/components/forms/select-field";
import { useApiForm } from "@/components/forms/use-api-form";
import type { TApiResponse } from "@/lib/api/api-client";
import { bulkAssignEndpoint, previewBulkAssignEndpoint } from "@/lib/bulk-assign/bulk-assign-endpoints";
import { BULK_FORM_ID } from "./bulk-form-id";


type TPreview = TApiResponse<typeof previewBulkAssignEndpoint>;

/**
 * One guide to the patients ticked in the list: first a preview of who gets it
 * and who already has it, then one request for all of them. The request key
 * is kept for this preview, so a retried press stores nothing twice.
 */
export function BulkAssignForm({ guides }: { guides: { slug: string; title: string }[] }) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const preview = useApiForm(previewBulkAssignEndpoint);
  const assign = useApiForm(bulkAssignEndpoint);
  const [shown, setShown] = useState<{ result: TPreview; requestId: string; note: string } | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const chosen = () => {
    const data = new FormData(form.current!);
    return { patientIds: data.getAll("patientIds").map(String), guideSlug: String(data.get("guideSlug") ?? ""), note: String(data.get("note") ?? "") };
  };
  const errors = { ...preview.fieldErrors, ...assign.fieldErrors };

  return (
    <section aria-labelledby="bulk-heading" className="space-y-3 rounded-lg border border-brand-100 p-4">
      <h2 id="bulk-heading" className="text-lg font-bold text-brand-900">
        Give a guide to the chosen patients
      </h2>
      <p className="text-sm text-muted">Tick patients in the list above (Choose column), pick a guide, and check who gets it before you send it.</p>
      <form
        id={BULK_FORM_ID}
        ref={form}
        noValidate
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          setDone(null);
          const { patientIds, guideSlug, note } = chosen();
          preview.mutate({ patientIds, guideSlug }, { onSuccess: (result) => setShown({ result, requestId: crypto.randomUUID(), note }) });
        }}
      >
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField label="Guide" name="guideSlug" options={[{ value: "", label: "Choose a guide" }, ...guides.map((guide) => ({ value: guide.slug, label: guide.title }))]} errors={errors.guideSlug} />
          <div className="space-y-1">
            <label htmlFor="bulk-note" className="block font-medium">
              Note for the patients (optional)
            </label>
            <input id="bulk-note" name="note" maxLength={1000} className="block min-h-11 w-full rounded-md border border-gray-500 px-3 py-2" />
          </div>
        </div>
        {errors.patientIds ? <p className="font-medium text-alert-700">{errors.patientIds.join(" ")}</p> : null}
        <FormAlert message={preview.formError ?? assign.formError} />
        <button type="submit" disabled={preview.isPending} className="min-h-11 rounded-md border-2 border-brand-700 px-4 font-semibold text-brand-800 hover:bg-brand-50">
          Preview
        </button>
      </form>
      {shown ? (
        <div className="space-y-2">
          <p className="font-medium">
            {shown.result.guide.title}: {shown.result.assigned} of {shown.result.rows.length} patients get it.
          </p>
          <ul className="list-disc pl-6">
            {shown.result.rows.map((row) => (
              <li key={row.patientId}>
                {row.name}: {row.outcome}
              </li>
            ))}
          </ul>
          <button
            type="button"
            disabled={assign.isPending || shown.result.assigned === 0}
            onClick={() =>
              assign.mutate(
                { patientIds: shown.result.rows.map((row) => row.patientId), guideSlug: shown.result.guide.slug, note: shown.note || undefined, requestId: shown.requestId },
                {
                  onSuccess: (result) => {
                    setShown(null);
                    setDone(`${result.guide.title} given to ${result.assigned} ${result.assigned === 1 ? "patient" : "patients"}.`);
                    router.refresh();
                  },
                },
              )
            }
            className="min-h-11 rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
          >
            Give it to {shown.result.assigned} {shown.result.assigned === 1 ? "patient" : "patients"}
          </button>
        </div>
      ) : null}
      <div role="status">{done ? <p className="font-semibold">{done}</p> : null}</div>
    </section>
  );
}
