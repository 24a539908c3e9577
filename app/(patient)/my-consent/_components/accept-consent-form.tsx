"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { useApiForm } from "@/components/forms/use-api-form";
import { acceptConsentEndpoint } from "@/lib/clinic-records/clinic-records-endpoints";

/** Accept, or say no: refusing keeps the patient here, with what to do instead. */
export function AcceptConsentForm({ patientId, documentVersionIds }: { patientId: string; documentVersionIds: string[] }) {
  const router = useRouter();
  const accept = useApiForm(acceptConsentEndpoint, { patientId });
  const [refused, setRefused] = useState(false);
  return (
    <div className="space-y-4">
      <FormAlert message={accept.formError} />
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          disabled={accept.isPending}
          onClick={() => accept.mutate({ documentVersionIds }, { onSuccess: () => { router.replace("/dashboard"); router.refresh(); } })}
          className="inline-flex min-h-11 items-center justify-center rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800"
        >
          I accept, continue
        </button>
        <button
          type="button"
          onClick={() => setRefused(true)}
          className="inline-flex min-h-11 items-center justify-center rounded-md border-2 border-brand-700 px-5 py-2 font-semibold text-brand-800"
        >
          I do not accept
        </button>
      </div>
      {refused ? (
        <p role="status" className="rounded-md bg-brand-50 p-3">
          You can only use BackTrack after accepting. Nothing changes in your care: talk to your clinic, and for warning signs call the emergency number as
          usual. You can come back to this page at any time.
        </p>
      ) : null}
    </div>
  );
}
