"use client";

import Link from "next/link";
import { useDatabaseDown } from "@/components/errors/use-database-down";

/** Shown when a page fails. Never shows the error itself: it could hold someone's data. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const databaseDown = useDatabaseDown();
  return (
    <div role="alert" className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{databaseDown ? "BackTrack cannot reach its database right now" : "Something went wrong"}</h1>
      <p>
        {databaseDown
          ? "This usually passes within a minute. Nothing you entered was lost by seeing this page. Please try again in a minute."
          : "Sorry, this page did not load. Nothing you entered was lost by seeing this page. Please try again."}
      </p>
      {error.digest ? <p className="text-sm text-muted">Reference for support: {error.digest}</p> : null}
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={reset} className="min-h-11 rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800">
          Try again
        </button>
        <Link href="/" className="inline-flex min-h-11 items-center px-3 font-medium text-brand-800 underline">
          Go to the home page
        </Link>
      </div>
    </div>
  );
}
