import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button-link";
import { getDb } from "@/lib/db/client";
import { findPasswordReset } from "@/lib/password-reset/password-reset-tokens";
import { ResetPasswordForm } from "./_components/reset-password-form";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

const PROBLEMS = {
  used: { title: "This link has already been used", text: "Each reset link works once. If you chose a new password, sign in with it." },
  expired: { title: "This link has expired", text: "Reset links work for one hour. Ask for a new one." },
  invalid: { title: "This link does not work", text: "Check that you copied the whole link, or ask for a new one." },
} as const;

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const reset = await findPasswordReset(getDb(), token);
  if (reset.status !== "valid") {
    const problem = PROBLEMS[reset.status];
    return (
      <div className="mx-auto max-w-md space-y-4">
        <h1 className="text-2xl font-bold text-brand-900">{problem.title}</h1>
        <p>{problem.text}</p>
        <ButtonLink href="/forgot-password" variant="secondary">
          Ask for a new link
        </ButtonLink>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold text-brand-900">Choose a new password</h1>
      <p>For {reset.email}. Use at least 12 characters; a few words you will remember work well. You will be signed out everywhere else.</p>
      <ResetPasswordForm token={token} email={reset.email} />
    </div>
  );
}
