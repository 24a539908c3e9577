"use client";

import { useRouter } from "next/navigation";
import { useApiForm } from "@/components/forms/use-api-form";
import { setPatientActiveEndpoint } from "@/lib/patients/patient-endpoints";

/** Deactivate (the patient is signed out everywhere and cannot sign in; the record is kept) or reactivate. */
export function PatientActiveToggle({ patientId, name, active }: { patientId: string; name: string; active: boolean }) {
  const router = useRouter();
  const toggle = useApiForm(setPatientActiveEndpoint, { patientId });
  return (
    <div className="space-y-1">
      <button
        type="button"
        disabled={toggle.isPending}
        onClick={() => toggle.mutate({ active: !active }, { onSuccess: () => router.refresh() })}
        className="min-h-11 rounded-md border-2 border-brand-700 px-3 text-sm font-semibold text-brand-800"
      >
        {active ? "Deactivate account" : "Reactivate account"}
        <span className="sr-only"> of {name}</span>
      </button>
      <p className="text-sm text-muted">
        {active
          ? "Deactivating signs the patient out at once, turns off their calendar link and stops them signing in. Their record stays."
          : "Reactivating lets the patient sign in again with their password."}
      </p>
      {toggle.formError ? (
        <p role="alert" className="text-sm text-alert-700">
          {toggle.formError}
        </p>
      ) : null}
    </div>
  );
}
