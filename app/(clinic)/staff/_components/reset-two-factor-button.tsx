"use client";

import { useApiForm } from "@/components/forms/use-api-form";
import { resetStaffTwoFactorEndpoint } from "@/lib/staff/staff-endpoints";

/** For a staff member who lost their phone and recovery codes: they set up a new app at their next sign-in. */
export function ResetTwoFactorButton({ userId, name }: { userId: string; name: string }) {
  const reset = useApiForm(resetStaffTwoFactorEndpoint, { userId });
  return (
    <div>
      <button
        type="button"
        disabled={reset.isPending}
        onClick={() => {
          if (window.confirm(`Reset two-factor sign-in for ${name}? They are signed out and set up a new app at their next sign-in.`)) reset.mutate({});
        }}
        className="min-h-11 rounded-md border-2 border-brand-700 px-3 text-sm font-semibold text-brand-800"
      >
        Reset two-factor
        <span className="sr-only"> for {name}</span>
      </button>
      <p role="status" className="text-sm">
        {reset.isSuccess ? "Two-factor sign-in reset." : ""}
      </p>
      {reset.formError ? (
        <p role="alert" className="text-sm text-alert-700">
          {reset.formError}
        </p>
      ) : null}
    </div>
  );
}
