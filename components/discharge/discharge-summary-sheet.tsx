import { mediumDate } from "@/lib/dates/format-date";
import { CONDITION_LABELS } from "@/lib/conditions/conditions";
import { changeLines, flareUpLines } from "@/lib/discharge/discharge-summary-html";
import type { TDischargeSummary } from "@/lib/discharge/get-discharge-summary";

const SECTION = "space-y-1 break-inside-avoid";
const HEADING = "text-base font-bold text-brand-900";

/** The one-page discharge summary, for the patient and for their doctor (printed by the browser, like the visit summary). */
export function DischargeSummarySheet({ summary }: { summary: TDischargeSummary }) {
  const flare = flareUpLines(summary);
  return (
    <div className="discharge-summary space-y-4">
      <div>
        <h1 className="text-xl font-bold text-brand-900">Discharge summary: {summary.patientName}</h1>
        <p className="text-sm">
          {summary.clinicName} · born {mediumDate(summary.dateOfBirth)} · discharged {mediumDate(summary.dischargedOn)}
          {summary.dischargedBy ? ` by ${summary.dischargedBy}` : ""}
        </p>
        <p className="text-sm">
          {CONDITION_LABELS[summary.condition]}, pain began {mediumDate(summary.onsetDate)}.
        </p>
      </div>
      <section aria-labelledby="discharge-change" className={SECTION}>
        <h2 id="discharge-change" className={HEADING}>
          Change from the start
        </h2>
        <ul className="list-disc pl-5">
          {changeLines(summary).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        {summary.finalQuestionnaires === "SENT_TO_PATIENT" ? <p className="text-sm">The final questionnaires were sent to the patient to complete; this page shows the answers received so far.</p> : null}
      </section>
      <section aria-labelledby="discharge-self-management" className={SECTION}>
        <h2 id="discharge-self-management" className={HEADING}>
          Self-management plan
        </h2>
        <p className="whitespace-pre-line">{summary.selfManagementPlan}</p>
      </section>
      <section aria-labelledby="discharge-flare-up" className={SECTION}>
        <h2 id="discharge-flare-up" className={HEADING}>
          Flare-up plan
        </h2>
        {flare.length ? (
          <dl className="space-y-1">
            {flare.map((part) => (
              <div key={part.label}>
                <dt className="font-semibold">{part.label}</dt>
                <dd className="whitespace-pre-line">{part.text}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <p>No flare-up plan was written.</p>
        )}
      </section>
      <section aria-labelledby="discharge-next" className={SECTION}>
        <h2 id="discharge-next" className={HEADING}>
          After discharge
        </h2>
        <p>
          The guides and exercises stay available in BackTrack, and check-ins stay open. Ask to be seen again in BackTrack, or call the clinic, if the pain comes back and does not
          settle. Emergency signs always need help at once.
        </p>
      </section>
    </div>
  );
}
