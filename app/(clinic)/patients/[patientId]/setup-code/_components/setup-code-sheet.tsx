"use client";

import { FormAlert } from "@/components/forms/form-alert";
import { useApiForm } from "@/components/forms/use-api-form";
import { PrintButton } from "@/components/ui/print-button";
import { issueSetupCodeEndpoint } from "@/lib/setup-codes/setup-code-endpoints";

/** Makes the code on request and shows the sheet to print (the code is on screen only until the page is left). */
export function SetupCodeSheet({ patientId, name }: { patientId: string; name: string }) {
  const issue = useApiForm(issueSetupCodeEndpoint, { patientId });
  if (!issue.data) {
    return (
      <div className="space-y-2">
        <FormAlert message={issue.formError} />
        <button
          type="button"
          onClick={() => issue.mutate(undefined)}
          disabled={issue.isPending}
          className="min-h-11 rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
        >
          {issue.isPending ? "Making the code…" : "Make a set-up code"}
        </button>
      </div>
    );
  }
  const address = typeof window === "undefined" ? "/setup-code" : `${window.location.origin}/setup-code`;
  return (
    <div className="space-y-4">
      <section aria-labelledby="sheet-heading" className="space-y-3 rounded-lg border-2 border-gray-800 p-6">
        <h2 id="sheet-heading" className="text-xl font-bold">
          Set up your BackTrack account, {name}
        </h2>
        <ol className="list-decimal space-y-2 pl-6">
          <li>
            Go to <strong className="break-all">{address}</strong>
          </li>
          <li>
            Enter your email: <strong>{issue.data.signInEmail}</strong>
          </li>
          <li>
            Enter this code: <strong data-testid="setup-code" className="font-mono text-2xl tracking-widest">{issue.data.code}</strong>
          </li>
          <li>Choose a password of at least 12 characters.</li>
        </ol>
        <p>
          The code works once, until{" "}
          <time dateTime={issue.data.expiresAt}>{new Date(issue.data.expiresAt).toLocaleString("en-GB", { dateStyle: "full", timeStyle: "short" })}</time>. Keep this
          sheet private.
        </p>
      </section>
      <PrintButton label="Print the sheet" />
    </div>
  );
}
