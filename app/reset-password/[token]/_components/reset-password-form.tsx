"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useApiForm } from "@/components/forms/use-api-form";
import { completePasswordResetEndpoint } from "@/lib/password-reset/password-reset-endpoints";

export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const router = useRouter();
  const reset = useApiForm(completePasswordResetEndpoint);
  const [mismatch, setMismatch] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password"));
    const differ = password !== String(form.get("confirm"));
    setMismatch(differ ? "The two passwords are not the same." : null);
    if (differ) return;
    const done = await reset.mutateAsync({ token, password }).catch(() => null);
    if (done) router.replace("/sign-in?passwordReset=1");
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert message={reset.fieldErrors.token?.[0] ?? (reset.error && !reset.fieldErrors.password ? reset.formError : null)} />
      <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
      <TextField label="New password" name="password" type="password" autoComplete="new-password" required minLength={12} errors={reset.fieldErrors.password} />
      <TextField label="Type it again" name="confirm" type="password" autoComplete="new-password" required errors={mismatch ? [mismatch] : undefined} />
      <SubmitButton pending={reset.isPending}>{reset.isPending ? "Saving…" : "Save new password"}</SubmitButton>
    </form>
  );
}
