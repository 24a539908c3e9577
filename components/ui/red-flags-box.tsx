import { RED_FLAGS } from "@/lib/red-flags/red-flags";

/** The "Get help right away" box: the red flags that need urgent care. */
export function RedFlagsBox({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="red-flags-heading" className="rounded-lg border-2 border-alert-700 bg-alert-50 p-4 sm:p-6">
      <Heading id="red-flags-heading" className="text-lg font-bold text-alert-700">
        Get help right away if you have back pain and:
      </Heading>
      <ul className="mt-3 list-disc space-y-1 pl-5">
        {RED_FLAGS.map((flag) => (
          <li key={flag.code}>{flag.plain}</li>
        ))}
      </ul>
      <p className="mt-3 font-medium">Call your local emergency number or go to an emergency department. Do not wait for your next visit.</p>
    </section>
  );
}
