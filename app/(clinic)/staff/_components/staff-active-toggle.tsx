"use client";

import { useRouter } from "next/navigation";
import { useApiForm } from "@/components/forms/use-api-form";
import { setStaffActiveEndpoint } from "@/lib/staff/staff-endpoints";

export function StaffActiveToggle({ userId, name, active }: { userId: string; name: string; active: boolean }) {
  const router = useRouter();
  const toggle = useApiForm(setStaffActiveEndpoint, { userId });
  return (
    <div>
      <button
        type="button"
        disabled={toggle.isPending}
        onClick={() => toggle.mutate({ active: !active }, { onSuccess: () => router.refresh() })}
        className="min-h-11 rounded-md border-2 border-brand-700 px-3 text-sm font-semibold text-brand-800"
      >
        {active ? "Deactivate" : "Reactivate"}
        <span className="sr-only"> {name}</span>
      </button>
      {toggle.formError ? (
        <p role="alert" className="text-sm text-alert-700">
          {toggle.formError}
        </p>
      ) : null}
    </div>
  );
}
