import type { Metadata } from "next";
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
    </div>
  );
}
