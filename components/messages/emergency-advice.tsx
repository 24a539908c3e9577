import { redFlagPlain } from "@/lib/red-flags/red-flags";

const telHref = (number: string) => `tel:${number.replace(/[^\d+]/g, "")}`;

/**
 * Shown as soon as a patient's message mentions an emergency sign (lib/messages/emergency-words.ts),
 * before it is sent: messages are read in working hours, not at once.
 */
export function EmergencyAdvice({ signs, emergencyNumber }: { signs: string[]; emergencyNumber: string }) {
  return (
    <section aria-labelledby="message-emergency-heading" className="space-y-3 rounded-lg border-4 border-alert-700 bg-alert-50 p-4">
      <h2 id="message-emergency-heading" className="text-xl font-bold text-alert-700">
        This may need care now: call {emergencyNumber} or go to the emergency department
      </h2>
      <p>Your message mentions:</p>
      <ul className="list-disc space-y-1 pl-6">
        {signs.map((code) => (
          <li key={code}>{redFlagPlain(code)}</li>
        ))}
      </ul>
      <p>Messages are not read straight away. Do not wait for a reply.</p>
      <a href={telHref(emergencyNumber)} className="inline-flex min-h-12 items-center rounded-md bg-alert-700 px-5 text-lg font-bold text-white">
        Call {emergencyNumber}
      </a>
      <p className="text-sm">You can still send the message so your clinic sees it too.</p>
    </section>
  );
}

/** What a patient can expect of messages, shown wherever they write. */
export function MessageExpectations({ replyTime, emergencyNumber }: { replyTime: string | null; emergencyNumber: string }) {
  return (
    <div className="space-y-1 rounded-lg border border-brand-100 bg-brand-50 p-4 text-sm">
      <p className="font-semibold">{replyTime ? `Your clinic usually answers ${replyTime}.` : "Your clinic answers messages in working hours."}</p>
      <p>
        Messages are not watched around the clock and are not for emergencies. In an emergency call{" "}
        <a href={telHref(emergencyNumber)} className="font-semibold text-alert-700 underline">
          {emergencyNumber}
        </a>
        .
      </p>
    </div>
  );
}
