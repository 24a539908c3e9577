import { codesByLevel } from "@/lib/red-flags/alert-levels";
import { RED_FLAGS, redFlagPlain } from "@/lib/red-flags/red-flags";

/**
 * The "Get help" box in the three red-flag levels (lib/red-flags): the
 * emergency signs, to call the emergency number for now, and the urgent ones,
 * for the clinic or a doctor today; routine signs wait for the next visit and
 * are not listed. All flags, or those a guide names; a guide's own signs go
 * with their level (a clot in the lung with the emergencies, a torn tendon
 * with the same-day ones).
 */
export function RedFlagsBox({
  headingLevel = 2,
  codes,
  extraEmergencySigns = [],
  extraUrgentSigns = [],
  emergencyNumber = null,
}: {
  headingLevel?: 2 | 3;
  codes?: readonly string[];
  extraEmergencySigns?: readonly string[];
  extraUrgentSigns?: readonly string[];
  /** The viewer's clinic's emergency number; null when unknown (not signed in). */
  emergencyNumber?: string | null;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const GroupHeading = headingLevel === 2 ? "h3" : "h4";
  const grouped = codesByLevel(codes ?? RED_FLAGS.map((flag) => flag.code));
  const emergency = [...grouped.EMERGENCY.map(redFlagPlain), ...extraEmergencySigns];
  const urgent = [...grouped.URGENT.map(redFlagPlain), ...extraUrgentSigns];
  const call = emergencyNumber ? `call ${emergencyNumber}` : "call your local emergency number";
  return (
    <section aria-labelledby="red-flags-heading" className="space-y-4 rounded-lg border-2 border-alert-700 bg-alert-50 p-4 break-inside-avoid sm:p-6">
      <Heading id="red-flags-heading" className="text-lg font-bold text-alert-700">
        Get help if you have back pain and:
      </Heading>
      {emergency.length > 0 ? (
        <div className="space-y-2">
          <GroupHeading className="font-bold text-alert-700">Emergency: {call} now</GroupHeading>
          <ul className="list-disc space-y-1 pl-5">
            {emergency.map((sign) => (
              <li key={sign}>{sign}</li>
            ))}
          </ul>
          <p className="font-medium">Or go to an emergency department. Do not wait for your next visit.</p>
        </div>
      ) : null}
      {urgent.length > 0 ? (
        <div className="space-y-2">
          <GroupHeading className="font-bold text-alert-700">Urgent: contact your clinic or doctor today</GroupHeading>
          <ul className="list-disc space-y-1 pl-5">
            {urgent.map((sign) => (
              <li key={sign}>{sign}</li>
            ))}
          </ul>
          <p className="font-medium">If you cannot reach them, go to an urgent care center today.</p>
        </div>
      ) : null}
    </section>
  );
}
