"use client";

import { useDatabaseDown } from "@/components/errors/use-database-down";
import "./globals.css";

/** Last resort when the root layout itself fails: it renders its own document. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const databaseDown = useDatabaseDown();
  return (
    <html lang="en">
      <body className="font-sans">
        <main className="mx-auto max-w-xl space-y-4 p-8" role="alert">
          <h1 className="text-2xl font-bold">{databaseDown ? "BackTrack cannot reach its database right now" : "Something went wrong"}</h1>
          <p>
            {databaseDown
              ? "This usually passes within a minute. Nothing you entered was lost by seeing this page. Please try again in a minute."
              : "Sorry, BackTrack could not load this page. Please try again in a moment."}
          </p>
          {error.digest ? <p className="text-sm">Reference for support: {error.digest}</p> : null}
          <div className="flex flex-wrap gap-3">
            <button type="button" onClick={reset} className="min-h-11 rounded-md bg-brand-700 px-5 font-semibold text-white">
              Try again
            </button>
            {/* A plain link, not next/link: after the root layout fails, a full page load is the safer way home. */}
            <a href="/" className="inline-flex min-h-11 items-center px-3 font-medium text-brand-800 underline">
              Go to the home page
            </a>
          </div>
        </main>
      </body>
    </html>
  );
}
