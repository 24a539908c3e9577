"use client";

import type { FormEvent } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useApiForm } from "@/components/forms/use-api-form";
import { requestPasswordResetEndpoint } from "@/lib/password-reset/password-reset-endpoints";

/** The same message whatever the address: the form never says whether an account exists. */
export function ForgotPasswordForm() {
  const request = useApiForm(requestPasswordResetEndpoint);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    request.mutateForm(event.currentTarget);
  }

  if (request.data) {
    return (
      <p role="status" className="rounded-lg border-2 border-brand-700 bg-brand-50 p-4">
        If an account uses <strong>{request.variables?.email}</strong>, we have emailed it a link to choose a new password. Check your inbox (and spam folder) in the next few minutes.
      </p>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert message={request.fieldErrors.email ? null : request.formError} />
      <TextField label="Email" name="email" type="email" autoComplete="email" required errors={request.fieldErrors.email} />
      <SubmitButton pending={request.isPending}>{request.isPending ? "Sending…" : "Email me a link"}</SubmitButton>
    </form>
  );
}
