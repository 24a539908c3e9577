import Link from "next/link";

/** On a discharged patient's dashboard: what stays, and where the summary and "ask to be seen again" are. */
export function DischargedNotice() {
  return (
    <section aria-labelledby="discharged-heading" className="space-y-2 rounded-lg border border-brand-100 p-4">
      <h2 id="discharged-heading" className="text-xl font-bold text-brand-900">
        You have been discharged
      </h2>
      <p>Your guides and exercises stay here for you. You can still check in if you want to keep track.</p>
      <Link href="/my-discharge-summary" className="inline-flex min-h-11 items-center font-medium text-brand-800 underline">
        My discharge summary, and asking to be seen again
      </Link>
    </section>
  );
}
