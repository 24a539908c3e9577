import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { localPathOr } from "@/lib/auth/two-factor-step";
import { getTwoFactorViewer, pendingSecondStep, secondStepPath } from "@/lib/auth/viewer";
import { ROLE_HOME } from "@/lib/auth/viewer-types";
import { VerifyCodeForm } from "./_components/code-form";

export const metadata: Metadata = { title: "Enter your sign-in code" };

/** The second sign-in step. Reached "half signed in": getViewer treats this session as signed out everywhere else. */
export default async function TwoFactorVerifyPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await getTwoFactorViewer();
  const callbackUrl = localPathOr((await searchParams).callbackUrl, viewer ? ROLE_HOME[viewer.role] : "/");
  if (!viewer) redirect(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  const step = await pendingSecondStep();
  if (step === null) redirect(callbackUrl);
  if (step === "setup") redirect(secondStepPath(step, callbackUrl));
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold text-brand-900">Enter your sign-in code</h1>
      <p>Open the authenticator app on your phone and enter the code it shows for BackTrack ({viewer.email}).</p>
      <VerifyCodeForm callbackUrl={callbackUrl} />
      <p className="text-sm text-muted">
        No phone and no recovery codes? Staff: ask your clinic&apos;s admin to reset your two-factor sign-in. Patients: call your clinic.
      </p>
      <SignOutButton />
    </div>
  );
}
