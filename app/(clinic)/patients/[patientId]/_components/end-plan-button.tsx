"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { useApiForm } from "@/components/forms/use-api-form";
import { endPlanEndpoint } from "@/lib/plans/plan-endpoints";

/** Ends the patient's current plan after a second, explicit press (the plan stays in the history). */
export function EndPlanButton({ patientId, planId, title }: { patientId: string; planId: string; title: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const end = useApiForm(endPlanEndpoint, { patientId, planId });
  const buttonClass = "min-h-11 rounded-md border-2 px-4 font-semibold";
  return (
    <div className="space-y-2">
      <FormAlert message={end.formError} />
      {confirming ? (
        <div className="flex flex-wrap items-center gap-2">
          <span>End “{title}”? The patient will no longer see it.</span>
          <button
            type="button"
            disabled={end.isPending}
            onClick={() => end.mutate(undefined, { onSuccess: () => router.refresh() })}
            className={`${buttonClass} border-alert-700 text-alert-700`}
          >
            Yes, end the plan
          </button>
          <button type="button" onClick={() => setConfirming(false)} className={`${buttonClass} border-gray-500`}>
            Keep it
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)} className={`${buttonClass} border-gray-500`}>
          End this plan
        </button>
      )}
    </div>
  );
}
