import type { Metadata } from "next";
import Link from "next/link";
import { requirePageViewer } from "@/lib/auth/viewer";
import { ChangePasswordForm } from "./_components/change-password-form";

export const metadata: Metadata = { title: "Change password" };

export default async function ChangePasswordPage() {
  const viewer = await requirePageViewer();
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold text-brand-900">Change your password</h1>
      <p>After the change, you stay signed in here and are signed out everywhere else.</p>
      <ChangePasswordForm email={viewer.email} />
      <h2 className="pt-4 text-xl font-bold text-brand-900">Two-factor sign-in</h2>
      <p>
        A code from your phone at each sign-in keeps your account safe even if someone learns your password.{" "}
        <Link href="/account/two-factor/setup" className="inline-flex min-h-11 items-center font-medium text-brand-800 underline">
          Set up or check two-factor sign-in
        </Link>
      </p>
    </div>
  );
}
