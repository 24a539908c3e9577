import { DOCUMENT_KIND_LABELS } from "@/lib/clinic-records/default-documents";
import type { TConsentStatus } from "@/lib/clinic-records/consent";
import { longDate } from "@/lib/dates/format-date";

/** One line per document: which version was accepted and when (the patient's My data, the clinician's patient page). */
export function ConsentSummary({ status, who }: { status: TConsentStatus; who: "you" | "patient" }) {
  if (status.accepted.length === 0) return <p className="text-sm">{who === "you" ? "You have" : "The patient has"} not accepted the privacy notice and terms yet.</p>;
  return (
    <ul className="space-y-1 text-sm">
      {status.accepted.map((row) => (
        <li key={row.kind}>
          {DOCUMENT_KIND_LABELS[row.kind]} version {row.version} accepted on <time dateTime={row.acceptedAt}>{longDate(row.acceptedAt.slice(0, 10))}</time>
          {status.outstanding.some((document) => document.kind === row.kind) ? " (a newer version is waiting to be accepted)" : ""}
        </li>
      ))}
    </ul>
  );
}
