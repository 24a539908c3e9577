"use client";

// Before any zod parse in the browser: no eval probe under the CSP.
import "@/components/providers/zod-without-eval";

import { forgetAllKeptDrafts } from "@/components/forms/use-kept-draft";

const SIGNED_OUT = "/sign-in?signedOut=1";

/**
 * Signs out through next-auth's own endpoint (CSRF token first), as
 * next-auth/react's signOut does, without shipping next-auth's client to every
 * page: this button is in the layout, so its weight lands on the patient's
 * dashboard too. If the request fails, next-auth's sign-out page takes over.
 */
async function signOut(): Promise<void> {
  // Drafts (a check-in in progress) are health data: a shared phone keeps none after sign-out.
  forgetAllKeptDrafts();
  try {
    const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await fetch("/api/auth/signout", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, callbackUrl: SIGNED_OUT, json: "true" }),
    });
    // Full page loads on purpose: nothing the signed-in person's pages kept in memory survives sign-out.
    window.location.assign(response.ok ? SIGNED_OUT : "/api/auth/signout");
  } catch {
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- next-auth's own sign-out page, not an app route
    window.location.assign("/api/auth/signout");
  }
}

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => void signOut()}
      className="inline-flex min-h-11 items-center whitespace-nowrap rounded-md px-3 font-medium text-brand-800 underline-offset-4 hover:underline"
    >
      Sign out
    </button>
  );
}
