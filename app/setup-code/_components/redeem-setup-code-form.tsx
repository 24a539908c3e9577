"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useApiForm } from "@/components/forms/use-api-form";
import { callApi } from "@/lib/api/api-client";
import { meEndpoint } from "@/lib/auth/account-endpoints";
import { redeemSetupCodeEndpoint } from "@/lib/setup-codes/setup-code-endpoints";

export function RedeemSetupCodeForm() {
  const router = useRouter();
  const redeem = useApiForm(redeemSetupCodeEndpoint);
  const [mismatch, setMismatch] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password"));
    const differ = password !== String(form.get("confirm"));
    setMismatch(differ ? "The two passwords are not the same." : null);
    if (differ) return;
    const done = await redeem.mutateAsync({ email: String(form.get("email")), code: String(form.get("code")), password }).catch(() => null);
    if (!done) return;
    const result = await signIn("credentials", { redirect: false, email: done.email, password });
    const me = result?.ok ? await callApi(meEndpoint).catch(() => null) : null;
    router.replace(me?.home ?? "/sign-in");
    router.refresh();
  }

  const errors = redeem.fieldErrors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert message={errors.email || errors.code || errors.password ? null : redeem.formError} />
      <TextField label="Email" name="email" type="email" autoComplete="username" required errors={errors.email} />
      <TextField label="Code from the sheet" name="code" autoComplete="one-time-code" required hint="12 letters and numbers, e.g. K7MP-Q2XR-9TDA." errors={errors.code} />
      <TextField label="New password" name="password" type="password" autoComplete="new-password" required minLength={12} errors={errors.password} />
      <TextField label="Type it again" name="confirm" type="password" autoComplete="new-password" required errors={mismatch ? [mismatch] : undefined} />
      <SubmitButton pending={redeem.isPending}>{redeem.isPending ? "Setting up…" : "Set password and sign in"}</SubmitButton>
    </form>
  );
}
