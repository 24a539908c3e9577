import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { startTwoFactorSetup } from "@/lib/auth/two-factor";
import { localPathOr } from "@/lib/auth/two-factor-step";
import { getTwoFactorViewer, pendingSecondStep, secondStepPath } from "@/lib/auth/viewer";
import { ROLE_HOME } from "@/lib/auth/viewer-types";
import { getDb } from "@/lib/db/client";
import { ConfirmSetupForm } from "../_components/code-form";

export const metadata: Metadata = { title: "Set up two-factor sign-in" };

/** Staff reach this right after their password at first sign-in (when required); anyone may open it from their account. */
export default async function TwoFactorSetupPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await getTwoFactorViewer();
  const callbackUrl = localPathOr((await searchParams).callbackUrl, viewer ? ROLE_HOME[viewer.role] : "/");
  if (!viewer) redirect(`/sign-in?callbackUrl=${encodeURIComponent("/account/two-factor/setup")}`);
  const step = await pendingSecondStep();
  if (step === "verify") redirect(secondStepPath(step, callbackUrl));
  const { twoFactorEnabledAt } = await getDb().user.findUniqueOrThrow({ where: { id: viewer.userId }, select: { twoFactorEnabledAt: true } });
  if (twoFactorEnabledAt) {
    return (
      <div className="mx-auto max-w-md space-y-6">
        <h1 className="text-2xl font-bold text-brand-900">Two-factor sign-in</h1>
        <p role="status">Two-factor sign-in is on for your account. Each new sign-in asks for a code from your app.</p>
        <Link href={ROLE_HOME[viewer.role]} className="font-medium text-brand-800 underline">
          Back to my home page
        </Link>
      </div>
    );
  }
  const setup = await startTwoFactorSetup(getDb(), viewer);
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="text-2xl font-bold text-brand-900">Set up two-factor sign-in</h1>
      <p>
        {step === "setup"
          ? "Your account sees patients' health information, so signing in takes a code from your phone as well as your password."
          : "Signing in will take a code from your phone as well as your password, so a stolen password alone cannot open your account."}
      </p>
      <ol className="list-decimal space-y-4 pl-5">
        <li>Install an authenticator app on your phone (for example Google Authenticator, Microsoft Authenticator or 1Password).</li>
        <li className="space-y-2">
          <p>In the app, add an account and scan this code:</p>
          {/* The SVG is made on this server from the otpauth URI by the qrcode package: no outside content. */}
          <div role="img" aria-label="QR code for your authenticator app" className="w-56 bg-white" dangerouslySetInnerHTML={{ __html: setup.qrSvg }} />
          <p>Cannot scan? Type this key into the app instead (time-based):</p>
          <p className="break-all font-mono text-lg" data-testid="two-factor-secret">
            {setup.secret.match(/.{1,4}/g)?.join(" ")}
          </p>
        </li>
        <li>
          <ConfirmSetupForm callbackUrl={callbackUrl} />
        </li>
      </ol>
      {step === "setup" ? <SignOutButton /> : null}
    </div>
  );
}
