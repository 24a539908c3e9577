import Link from "next/link";
import { mediumDate, mediumDateOfInstant } from "@/lib/dates/format-date";
import type { TSeenAgainView } from "@/lib/discharge/seen-again";
import { DischargeForm } from "./discharge-form";
import { HandleSeenAgainButton } from "./handle-seen-again-button";

/**
 * Discharge on the patient page: the form while the episode is active; once
 * discharged, the printable summary and the patient's requests to be seen
 * again (a new episode is started from the episode section).
 */
export function ClinicianDischarge({
  patientId,
  status,
  dischargedOn,
  requests,
  timeZone,
}: {
  patientId: string;
  status: "ACTIVE" | "DISCHARGED" | "CLOSED" | null;
  dischargedOn: string | null;
  requests: TSeenAgainView[];
  timeZone: string;
}) {
  const open = requests.filter((request) => request.handledAt === null);
  return (
    <div className="space-y-3">
      {open.length ? (
        <ul className="space-y-2" aria-label="Requests to be seen again">
          {open.map((request) => (
            <li key={request.id} className="space-y-1 rounded-lg border-2 border-alert-700 p-3">
              <p>
                <strong>Asked to be seen again</strong> on {mediumDateOfInstant(request.createdAt, timeZone)}
                {request.note ? `: “${request.note}”` : "."}
              </p>
              <HandleSeenAgainButton patientId={patientId} requestId={request.id} />
            </li>
          ))}
        </ul>
      ) : null}
      {dischargedOn ? (
        <p>
          Discharged {mediumDate(dischargedOn)}.{" "}
          <Link href={`/patients/${patientId}/discharge-summary`} className="inline-flex min-h-11 items-center font-medium text-brand-800 underline">
            Discharge summary (print or save as PDF)
          </Link>
        </p>
      ) : null}
      {status === "ACTIVE" ? <DischargeForm patientId={patientId} /> : null}
      {status === null ? <p>No current episode.</p> : null}
    </div>
  );
}
