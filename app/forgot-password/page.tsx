import type { Metadata } from "next";
import Link from "next/link";
import { demoMailboxEnabled } from "@/lib/mail/demo-mailbox";
import { ForgotPasswordForm } from "./_components/forgot-password-form";

export const metadata: Metadata = { title: "Forgot your password?" };

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold text-brand-900">Forgot your password?</h1>
      <p>Enter the email address you sign in with. If it has a BackTrack account, we email it a link to choose a new password. The link works once, for one hour.</p>
      <ForgotPasswordForm />
      {demoMailboxEnabled() ? (
        <p className="text-sm">
          This is the demo: emails land in the{" "}
          <Link href="/demo/mailbox" className="font-medium text-brand-800 underline">
            demo mailbox
          </Link>
          .
        </p>
      ) : null}
      <p>
        <Link href="/sign-in" className="inline-flex min-h-11 items-center font-medium text-brand-800 underline">
          Back to sign in
        </Link>
      </p>
    </div>
  );
}
