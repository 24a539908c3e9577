"use client";

import { useState, type FormEvent } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useApiForm } from "@/components/forms/use-api-form";
import { confirmTwoFactorSetupEndpoint, verifyTwoFactorEndpoint } from "@/lib/auth/two-factor-endpoints";

/** The sign-in step: a code from the app (or a recovery code), then on to where the person was going. */
export function VerifyCodeForm({ callbackUrl }: { callbackUrl: string }) {
  const verify = useApiForm(verifyTwoFactorEndpoint);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get("code") ?? "");
    // A full page load: the header and every page must see the now fully signed-in session.
    verify.mutate({ code }, { onSuccess: () => window.location.assign(callbackUrl) });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert message={verify.isError && !verify.fieldErrors.code ? verify.formError : null} />
      <TextField
        label="Code"
        name="code"
        autoComplete="one-time-code"
        autoCapitalize="none"
        spellCheck={false}
        required
        hint="The 6-digit code your authenticator app shows now, or one of your recovery codes."
        errors={verify.fieldErrors.code}
      />
      <SubmitButton pending={verify.isPending || verify.isSuccess}>Continue</SubmitButton>
    </form>
  );
}

/** Confirms the new app with its first code, then shows the recovery codes once. */
export function ConfirmSetupForm({ callbackUrl }: { callbackUrl: string }) {
  const confirm = useApiForm(confirmTwoFactorSetupEndpoint);
  const [saved, setSaved] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    confirm.mutate({ code: String(new FormData(event.currentTarget).get("code") ?? "") });
  }

  if (confirm.data) {
    return (
      <section aria-labelledby="recovery-heading" className="space-y-4">
        <h2 id="recovery-heading" tabIndex={-1} className="text-xl font-bold text-brand-900" ref={(heading) => heading?.focus()}>
          Two-factor sign-in is on. Save your recovery codes
        </h2>
        <p>
          If you lose your phone, each of these codes lets you sign in once. Print them or write them down and keep them somewhere safe. They are
          shown only now.
        </p>
        <ul aria-label="Recovery codes" className="grid grid-cols-2 gap-2 font-mono text-lg">
          {confirm.data.recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" className="size-5" checked={saved} onChange={(event) => setSaved(event.target.checked)} />I have saved my recovery codes
        </label>
        {saved ? (
          <a href={callbackUrl} className="inline-flex min-h-11 items-center justify-center rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
            Continue
          </a>
        ) : null}
      </section>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert message={confirm.isError && !confirm.fieldErrors.code ? confirm.formError : null} />
      <TextField
        label="Code from the app"
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        required
        hint="Enter the 6-digit code the app now shows for BackTrack."
        errors={confirm.fieldErrors.code}
      />
      <SubmitButton pending={confirm.isPending}>Turn on two-factor sign-in</SubmitButton>
    </form>
  );
}
