"use client";

import { useRouter } from "next/navigation";
import { useApiForm } from "@/components/forms/use-api-form";
import { confirmRetentionEndpoint } from "@/lib/clinic-records/clinic-records-endpoints";

export function ConfirmDeletionButton({ patientId }: { patientId: string }) {
  const router = useRouter();
  const confirm = useApiForm(confirmRetentionEndpoint, { patientId });
  return (
    <div className="space-y-1">
      <button
        type="button"
        disabled={confirm.isPending}
        onClick={() => confirm.mutate(undefined, { onSuccess: () => router.refresh() })}
        className="min-h-11 rounded-md border-2 border-brand-700 px-3 text-sm font-semibold text-brand-800"
      >
        Confirm for deletion<span className="sr-only"> of record {patientId}</span>
      </button>
      {confirm.formError ? (
        <p role="alert" className="text-sm text-alert-700">
          {confirm.formError}
        </p>
      ) : null}
    </div>
  );
}
