"use client";

import type { FormEvent } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useApiForm } from "@/components/forms/use-api-form";
import { changePasswordEndpoint } from "@/lib/auth/account-endpoints";

export function ChangePasswordForm({ email }: { email: string }) {
  const change = useApiForm(changePasswordEndpoint);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    change.mutateForm(form, { onSuccess: () => form.reset() });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert message={change.isError && !Object.keys(change.fieldErrors).length ? change.formError : null} />
      <p role="status" className="font-medium text-brand-800">
        {change.isSuccess ? "Your password has been changed." : ""}
      </p>
      <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
      <TextField label="Current password" name="currentPassword" type="password" autoComplete="current-password" required errors={change.fieldErrors.currentPassword} />
      <TextField label="New password" name="newPassword" type="password" autoComplete="new-password" required hint="At least 12 characters." errors={change.fieldErrors.newPassword} />
      <SubmitButton pending={change.isPending}>Change password</SubmitButton>
    </form>
  );
}
