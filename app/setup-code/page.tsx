import type { Metadata } from "next";
import { RedeemSetupCodeForm } from "./_components/redeem-setup-code-form";

export const metadata: Metadata = { title: "Set up with a code", referrer: "no-referrer" };

export default function SetupCodePage() {
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold text-brand-900">Set up your account with a code</h1>
      <p>Your clinic gave you a sheet with a code. Enter your email, the code and a password you will remember (at least 12 characters).</p>
      <RedeemSetupCodeForm />
    </div>
  );
}
