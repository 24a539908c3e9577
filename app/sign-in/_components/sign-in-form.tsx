"use client";

// Before any zod parse in the browser: no eval probe under the CSP.
import "@/components/providers/zod-without-eval";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { callApi } from "@/lib/api/api-client";
import { meEndpoint } from "@/lib/auth/account-endpoints";

// Kept in step with lib/auth/next-auth-options.ts, which is server-only.
const LOCKED_PREFIX = "locked:";
const DATABASE_UNAVAILABLE = "database_unavailable";
const BUSY_PREFIX = "busy:";

function failureMessage(error: string): string {
  if (error.startsWith(LOCKED_PREFIX)) {
    const until = new Date(error.slice(LOCKED_PREFIX.length));
    return `Too many attempts. For your safety, sign-in is paused. Try again after ${until.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}.`;
  }
  if (error.startsWith(BUSY_PREFIX)) return `BackTrack is busy right now. Try again in ${Number(error.slice(BUSY_PREFIX.length)) || 2} seconds.`;
  if (error === DATABASE_UNAVAILABLE) return "BackTrack cannot reach its database right now. Try signing in again in a minute.";
  // Deliberately the same whether or not the email has an account.
  return "That email and password do not match. Check them and try again.";
}

export function SignInForm({ callbackUrl }: { callbackUrl: string | null }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", { redirect: false, email: String(form.get("email")), password: String(form.get("password")) });
    if (!result?.ok || result.error) {
      setPending(false);
      setError(failureMessage(result?.error ?? ""));
      return;
    }
    const me = await callApi(meEndpoint).catch(() => ({ home: "/" }));
    router.replace(callbackUrl ?? me.home);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert message={error} />
      <TextField label="Email" name="email" type="email" autoComplete="username" required />
      <TextField label="Password" name="password" type="password" autoComplete="current-password" required />
      <SubmitButton pending={pending}>{pending ? "Signing in…" : "Sign in"}</SubmitButton>
    </form>
  );
}
