"use client";

import { useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { useApiForm } from "@/components/forms/use-api-form";
import { applyProgressionEndpoint } from "@/lib/progression/progression-endpoints";

/** One press makes the new plan version; a retried press sends the same request key, so it is stored once. */
export function ApplyProgressionButton({ patientId, planItemId, from, to }: { patientId: string; planItemId: string; from: string; to: { slug: string; name: string } }) {
  const [requestId] = useState(() => crypto.randomUUID());
  const [applied, setApplied] = useState(false);
  const apply = useApiForm(applyProgressionEndpoint, { patientId });
  return (
    <div className="space-y-2">
      <FormAlert message={apply.formError} />
      <div role="status">{applied ? <p className="font-semibold">Plan updated: {to.name} replaces {from}.</p> : null}</div>
      {applied ? null : (
        <button
          type="button"
          disabled={apply.isPending}
          onClick={() =>
            apply.mutate(
              { planItemId, toExerciseSlug: to.slug, requestId },
              {
                // The message stays: refreshing the page here would replace this button, and the words with it.
                onSuccess: () => setApplied(true),
              },
            )
          }
          className="min-h-11 rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
        >
          Swap in {to.name}
          <span className="sr-only"> for {from}</span>
        </button>
      )}
    </div>
  );
}
