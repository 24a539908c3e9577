import { RED_FLAGS } from "@/lib/red-flags/red-flags";

/**
 * The "Get help right away" box: the red flags that need urgent care (all of
 * them, or those a guide names) and any signs specific to the page.
 */
export function RedFlagsBox({ headingLevel = 2, codes, extraSigns = [] }: { headingLevel?: 2 | 3; codes?: readonly string[]; extraSigns?: readonly string[] }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const flags = codes ? RED_FLAGS.filter((flag) => codes.includes(flag.code)) : RED_FLAGS;
  return (
    <section aria-labelledby="red-flags-heading" className="rounded-lg border-2 border-alert-700 bg-alert-50 p-4 break-inside-avoid sm:p-6">
      <Heading id="red-flags-heading" className="text-lg font-bold text-alert-700">
        Get help right away if you have back pain and:
      </Heading>
      <ul className="mt-3 list-disc space-y-1 pl-5">
        {flags.map((flag) => (
          <li key={flag.code}>{flag.plain}</li>
        ))}
        {extraSigns.map((sign) => (
          <li key={sign}>{sign}</li>
        ))}
      </ul>
      <p className="mt-3 font-medium">Call your local emergency number or go to an emergency department. Do not wait for your next visit.</p>
    </section>
  );
}
