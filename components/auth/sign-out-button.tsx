"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/sign-in?signedOut=1" })}
      className="inline-flex min-h-11 items-center rounded-md px-3 font-medium text-brand-800 underline-offset-4 hover:underline"
    >
      Sign out
    </button>
  );
}
