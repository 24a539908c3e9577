import { RED_FLAGS, type TRedFlagLevel } from "@/lib/red-flags/red-flags";

const LEVEL_WORDS: Record<TRedFlagLevel, string> = {
  EMERGENCY: "First list: call the emergency number now if you have back pain and",
  URGENT: "Second list: contact your clinic or a doctor the same day if you have back pain and",
};

/** The warning signs a flare-up plan points to, in the two levels of lib/red-flags (NICE NG59; NHS cauda equina guidance). */
export function FlareUpRedFlags({ headingLevel = 2, id = "flare-up-red-flags" }: { headingLevel?: 2 | 3; id?: string }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3 rounded-lg border-2 border-alert-700 bg-alert-50 p-4 break-inside-avoid">
      <Heading id={`${id}-heading`} className="text-lg font-bold text-alert-700">
        Warning signs: a flare-up plan is not for these
      </Heading>
      {(["EMERGENCY", "URGENT"] as const).map((level) => (
        <div key={level}>
          <p className="font-semibold">{LEVEL_WORDS[level]}:</p>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {RED_FLAGS.filter((flag) => flag.level === level).map((flag) => (
              <li key={flag.code}>{flag.plain}</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
