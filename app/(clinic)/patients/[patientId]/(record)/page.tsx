import type { Metadata } from "next";
import { Suspense } from "react";
import { openPatientSection } from "./_components/open-patient-section";
import { PatientSummary } from "./_components/patient-summary";
import { ProgressionSuggestions } from "./_components/progression-suggestions";
import { RecordHeader } from "./_components/record-header";
import { SectionSkeleton } from "./_components/section-skeleton";
import { summarySlots } from "./_components/summary-slots";

export const metadata: Metadata = { title: "Patient" };

/** What the summary shows, named in its one audit event. */
const SECTIONS = ["profile", "red-flag alerts", "pain trend", "exercise adherence", "exercise plan", "progression suggestions"];

export default async function PatientSummaryPage({ params }: { params: Promise<{ patientId: string }> }) {
  const { db, viewer, record } = await openPatientSection(params, SECTIONS);
  return (
    <div className="space-y-6">
      <RecordHeader record={record} />
      <Suspense fallback={<SectionSkeleton label="the summary" rows={5} />}>
        <PatientSummary db={db} viewer={viewer} record={record} slots={summarySlots()} />
      </Suspense>
      <Suspense fallback={<SectionSkeleton label="suggested plan changes" rows={2} />}>
        <ProgressionSuggestions db={db} viewer={viewer} patientId={record.id} />
      </Suspense>
    </div>
  );
}
