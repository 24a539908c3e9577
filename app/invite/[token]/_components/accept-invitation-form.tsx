"use client";

// Before any zod parse in the browser: no eval probe under the CSP.
import "@/components/providers/zod-without-eval";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useApiForm } from "@/components/forms/use-api-form";
import { MedicalHistoryFields, type TMedicalHistoryDraft } from "@/components/red-flags/medical-history-fields";
import { ConsentFields, type TConsentDocument } from "@/components/clinic-records/consent-fields";
import { callApi } from "@/lib/api/api-client";
import { meEndpoint } from "@/lib/auth/account-endpoints";
import { acceptInvitationEndpoint } from "@/lib/invitations/invitation-endpoints";

/** Sets the password; a patient also answers the medical history, asked once (lib/red-flags/medical-history.ts). */
export function AcceptInvitationForm({ token, email, asksHistory, documents }: { token: string; email: string; asksHistory: boolean; documents: TConsentDocument[] }) {
  const router = useRouter();
  const accept = useApiForm(acceptInvitationEndpoint);
  const [mismatch, setMismatch] = useState<string | null>(null);
  const [history, setHistory] = useState<TMedicalHistoryDraft>({ medicalHistory: [], none: false });
  const [historyError, setHistoryError] = useState<string | null>(null);
  const [consentError, setConsentError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password"));
    // Both checks at once, so every problem shows together.
    const passwordsDiffer = password !== String(form.get("confirm"));
    const historyMissing = asksHistory && !history.none && history.medicalHistory.length === 0;
    setMismatch(passwordsDiffer ? "The two passwords are not the same." : null);
    const consentMissing = documents.length > 0 && form.get("consent") !== "on";
    setHistoryError(historyMissing ? "Tick the ones that are true, or \"None of these\"." : null);
    setConsentError(consentMissing ? "Accept the privacy notice and terms to set up your account." : null);
    if (passwordsDiffer || historyMissing || consentMissing) return;
    const consent = documents.length > 0 ? { consentVersionIds: documents.map((document) => document.id) } : {};
    const accepted = await accept.mutateAsync({ token, password, ...(asksHistory ? { history } : {}), ...consent }).catch(() => null);
    if (!accepted) return;
    const result = await signIn("credentials", { redirect: false, email: accepted.email, password });
    const me = result?.ok ? await callApi(meEndpoint).catch(() => null) : null;
    router.replace(me?.home ?? "/sign-in");
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert message={accept.fieldErrors.token?.[0] ?? (accept.error && !accept.fieldErrors.password ? accept.formError : null)} />
      <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
      <TextField label="New password" name="password" type="password" autoComplete="new-password" required minLength={12} errors={accept.fieldErrors.password} />
      <TextField label="Type it again" name="confirm" type="password" autoComplete="new-password" required errors={mismatch ? [mismatch] : undefined} />
      {asksHistory ? (
        <MedicalHistoryFields
          value={history}
          onChange={setHistory}
          errors={historyError ? [historyError] : Object.entries(accept.fieldErrors).flatMap(([field, messages]) => (field === "history" ? messages : []))}
        />
      ) : null}
      {documents.length > 0 ? (
        <ConsentFields documents={documents} errors={consentError ? [consentError] : accept.fieldErrors.consentVersionIds} />
      ) : null}
      <SubmitButton pending={accept.isPending}>{accept.isPending ? "Setting up…" : "Set password and sign in"}</SubmitButton>
    </form>
  );
}
