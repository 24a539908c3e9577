import type { Metadata } from "next";
import { Suspense } from "react";
import type { TViewer } from "@/lib/auth/viewer-types";
import { isRealCalendarDate } from "@/lib/dates/calendar-date-field";
import { mediumDate } from "@/lib/dates/format-date";
import type { TDatabase } from "@/lib/db/client";
import { listCheckInPage } from "@/lib/checkins/list-check-in-page";
import { CheckInHistory } from "../../_components/check-in-history";
import { openPatientSection } from "../_components/open-patient-section";
import { Pager } from "../_components/pager";
import { RecordHeader } from "../_components/record-header";
import { SectionSkeleton } from "../_components/section-skeleton";

export const metadata: Metadata = { title: "Check-ins" };

export default async function CheckInsSection({ params, searchParams }: { params: Promise<{ patientId: string }>; searchParams: Promise<{ before?: string | string[] }> }) {
  const { db, viewer, record } = await openPatientSection(params, ["profile", "check-ins"]);
  const { before } = await searchParams;
  const wanted = typeof before === "string" && isRealCalendarDate(before) ? before : undefined;
  return (
    <div className="space-y-6">
      <RecordHeader record={record} />
      <section aria-labelledby="check-ins-heading" className="space-y-3">
        <h2 id="check-ins-heading" className="text-xl font-bold text-brand-900">
          Check-ins
        </h2>
        <p className="text-sm text-muted">
          Newest first{wanted ? `, before ${mediumDate(wanted)}` : ""}. Pain now is 0 (none) to 10 (worst imaginable); PEG is the weekly PEG-3 mean.
        </p>
        {before !== undefined && !wanted ? <p role="alert">That page date was not a real date (YYYY-MM-DD), so these are the newest check-ins.</p> : null}
        <Suspense key={wanted ?? "newest"} fallback={<SectionSkeleton label="the check-ins" rows={8} />}>
          <CheckIns db={db} viewer={viewer} patientId={record.id} before={wanted} />
        </Suspense>
      </section>
    </div>
  );
}

async function CheckIns({ db, viewer, patientId, before }: { db: TDatabase; viewer: TViewer; patientId: string; before: string | undefined }) {
  const page = await listCheckInPage(db, viewer, patientId, before);
  const base = `/patients/${patientId}/check-ins`;
  return (
    <>
      <CheckInHistory checkIns={page.checkIns} />
      <Pager label="check-ins" newer={before ? base : null} older={page.olderBefore ? `${base}?before=${page.olderBefore}` : null} />
    </>
  );
}
