import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getViewer, pendingSecondStep, secondStepPath } from "@/lib/auth/viewer";
import { ROLE_HOME } from "@/lib/auth/viewer-types";
import { safeCallbackPath } from "@/lib/http/safe-callback";
import { ForgetKeptDrafts } from "@/components/auth/forget-kept-drafts";
import Link from "next/link";
import { demoMailboxEnabled } from "@/lib/mail/demo-mailbox";
import { SignInForm } from "./_components/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const viewer = await getViewer();
  if (viewer) redirect(safeCallbackPath(params.callbackUrl) ?? ROLE_HOME[viewer.role]);
  // Password given, second step owed: the form's next page would only send them back here.
  const step = await pendingSecondStep();
  if (step) redirect(secondStepPath(step, safeCallbackPath(params.callbackUrl) ?? "/"));
  return (
    <div className="mx-auto max-w-md space-y-6">
      <ForgetKeptDrafts />
      <h1 className="text-2xl font-bold text-brand-900">Sign in to BackTrack</h1>
      {params.signedOut ? <p role="status">You have signed out.</p> : null}
      {params.passwordReset ? <p role="status">Your new password is saved. Sign in with it.</p> : null}
      <SignInForm callbackUrl={safeCallbackPath(params.callbackUrl)} />
      <p>
        <Link href="/forgot-password" className="inline-flex min-h-11 items-center font-medium text-brand-800 underline">
          Forgot your password?
        </Link>
      </p>
      <p className="text-sm text-muted">New here? Your clinic emails you an invitation link to set your password.</p>
      {demoMailboxEnabled() ? (
        <p className="text-sm">
          Demo: invitation and password-reset emails land in the{" "}
          <Link href="/demo/mailbox" className="font-medium text-brand-800 underline">
            demo mailbox
          </Link>
          .
        </p>
      ) : null}
    </div>
  );
}
