import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button-link";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getCalendarFeedStatus } from "@/lib/calendar/calendar-feeds";
import { ConsentSummary } from "@/components/clinic-records/consent-summary";
import { getConsentStatus } from "@/lib/clinic-records/consent";
import { getDb } from "@/lib/db/client";
import { CalendarLink } from "./_components/calendar-link";

export const metadata: Metadata = { title: "My data" };

/** What the patient can take with them: a copy of their data, a calendar link, and who has looked at their record. */
export default async function MyDataPage() {
  const viewer = await requirePageViewer("PATIENT");
  const db = getDb();
  const [feed, consent] = await Promise.all([getCalendarFeedStatus(db, viewer, viewer.userId), getConsentStatus(db, viewer, viewer.userId)]);
  return (
    <div className="mx-auto max-w-2xl space-y-8">
      <h1 className="text-2xl font-bold text-brand-900">My data</h1>
      <section aria-labelledby="download-heading" className="space-y-3">
        <h2 id="download-heading" className="text-xl font-bold text-brand-900">
          Download a copy
        </h2>
        <p>
          A ZIP file with your check-ins and exercises as spreadsheets (CSV), and the same records in FHIR, the format health record systems use. A README
          inside explains every column.
        </p>
        <ButtonLink href={`/api/v1/patients/${viewer.userId}/export`} prefetch={false} download>
          Download my data
        </ButtonLink>
      </section>
      <section aria-labelledby="calendar-heading" className="space-y-3">
        <h2 id="calendar-heading" className="text-xl font-bold text-brand-900">
          Exercises in my calendar
        </h2>
        <p>Add your exercise days and a weekly check-in reminder to the calendar on your phone or computer. It updates when your plan changes.</p>
        <CalendarLink patientId={viewer.userId} initial={feed} />
      </section>
      <section aria-labelledby="history-heading" className="space-y-3">
        <h2 id="history-heading" className="text-xl font-bold text-brand-900">
          My health history
        </h2>
        <p>
          <Link href="/my-health-history" className="inline-flex min-h-11 items-center font-medium text-brand-800 underline">
            See or change what you told us about your health
          </Link>
        </p>
      </section>
      <section aria-labelledby="consent-heading" className="space-y-3">
        <h2 id="consent-heading" className="text-xl font-bold text-brand-900">
          Privacy notice and terms
        </h2>
        <ConsentSummary status={consent} who="you" />
      </section>
      <section aria-labelledby="access-heading" className="space-y-3">
        <h2 id="access-heading" className="text-xl font-bold text-brand-900">
          Who viewed my data
        </h2>
        <p>
          <Link href="/my-data/access" className="inline-flex min-h-11 items-center font-medium text-brand-800 underline">
            See everyone at your clinic who opened or changed your record
          </Link>
        </p>
      </section>
    </div>
  );
}
