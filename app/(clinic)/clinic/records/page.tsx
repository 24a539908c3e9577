import type { Metadata } from "next";
import { ScrollArea } from "@/components/ui/scroll-area";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getRetentionReview } from "@/lib/clinic-records/retention-review";
import { getDb } from "@/lib/db/client";
import { ConfirmDeletionButton } from "./_components/confirm-deletion-button";

export const metadata: Metadata = { title: "Records" };

/**
 * Retention review and the full export. The review lists opaque ids and
 * invitation dates only: admins see no patient health data; a clinician can
 * open a record by its id to check before the admin confirms.
 */
export default async function ClinicRecordsPage() {
  const viewer = await requirePageViewer("ADMIN");
  const { retentionYears, review } = await getRetentionReview(getDb(), viewer);
  return (
    <div className="mx-auto max-w-3xl space-y-10">
      <section aria-labelledby="retention-heading" className="space-y-4">
        <h1 id="retention-heading" className="text-2xl font-bold text-brand-900">
          Records
        </h1>
        <h2 className="text-xl font-bold text-brand-900">Past the retention period</h2>
        <p>
          Records are kept for {retentionYears} years after a patient&apos;s last activity (change this in Clinic settings). Once a month BackTrack lists the records past that
          period. Confirming records your decision; nothing is deleted by BackTrack.
        </p>
        {review === null ? (
          <p>No review has run yet. It runs monthly (or with <code>npm run retention:review</code>).</p>
        ) : (
          <>
            <p role="status">
              Review of <time dateTime={review.asOf}>{review.asOf}</time> (period {review.retentionYears} years): {review.total} records listed, {review.confirmed} confirmed for deletion.
            </p>
            {review.total > 0 ? (
              <ScrollArea label="Table of records past the retention period, scrolls sideways">
                <table className="w-full border-collapse text-left">
                  <caption className="sr-only">Records past the retention period</caption>
                  <thead>
                    <tr className="border-b border-gray-300">
                      <th scope="col" className="py-2 pr-4">Record id</th>
                      <th scope="col" className="py-2 pr-4">Invited on</th>
                      <th scope="col" className="py-2 pr-4">Decision</th>
                    </tr>
                  </thead>
                  <tbody>
                    {review.patients.map((row) => (
                      <tr key={row.patientId} className="border-b border-gray-200">
                        <td className="py-2 pr-4 font-mono text-sm">{row.patientId}</td>
                        <td className="py-2 pr-4">{row.invitedOn}</td>
                        <td className="py-2 pr-4">{row.confirmedForDeletionOn ? `Confirmed for deletion on ${row.confirmedForDeletionOn}` : <ConfirmDeletionButton patientId={row.patientId} />}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollArea>
            ) : null}
          </>
        )}
      </section>
      <section aria-labelledby="export-heading" className="space-y-3">
        <h2 id="export-heading" className="text-xl font-bold text-brand-900">
          Export all records
        </h2>
        <p>
          For a clinic moving to another system: one ZIP file with a CSV file per table, a FHIR file per patient and a README explaining each file. It holds every
          patient&apos;s health record, so keep it safe. The export is recorded in the audit trail and in each patient&apos;s access history.
        </p>
        <a href="/api/v1/clinic/export" download className="inline-flex min-h-11 items-center justify-center rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
          Download the full export
        </a>
      </section>
    </div>
  );
}
