"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import { RED_FLAGS } from "@/lib/red-flags/red-flags";

/**
 * Shown at once when a check-in answers yes to a red flag: what to do now,
 * in plain words. The heading takes focus so a screen reader reads it first.
 */
export function GetHelpNow({ flags }: { flags: string[] }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const answered = RED_FLAGS.filter((flag) => flags.includes(flag.code));
  return (
    <section aria-labelledby="get-help-heading" className="space-y-4 rounded-lg border-4 border-alert-700 bg-alert-50 p-5">
      <h2 id="get-help-heading" ref={heading} tabIndex={-1} className="text-2xl font-bold text-alert-700 focus:outline-none">
        Get medical help now
      </h2>
      <p className="text-lg font-semibold">You told us about:</p>
      <ul className="list-disc space-y-1 pl-6 text-lg">
        {answered.map((flag) => (
          <li key={flag.code}>{flag.plain}</li>
        ))}
      </ul>
      <p className="text-lg">
        This can be a sign of a problem that needs care <strong>today</strong>. Call your local emergency number, or go to an emergency department now. Do not wait
        for your next visit, and do not wait for your clinic to call you.
      </p>
      <p>Your answers are saved, and your clinic will see them on your record.</p>
      <Link href="/dashboard" className="inline-flex min-h-12 items-center rounded-md border-2 border-alert-700 bg-white px-5 font-semibold text-alert-700">
        Back to my dashboard
      </Link>
    </section>
  );
}
