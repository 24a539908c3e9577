import type { Metadata } from "next";
import { Suspense } from "react";
import type { TViewer } from "@/lib/auth/viewer-types";
import type { TDatabase } from "@/lib/db/client";
import type { TPatientRecord } from "@/lib/patients/get-patient-record";
import { openPatientSection } from "./_components/open-patient-section";
import { PatientSummary } from "./_components/patient-summary";
import { ProgressionSuggestions } from "./_components/progression-suggestions";
import { RecordHeader } from "./_components/record-header";
import { SectionSkeleton } from "./_components/section-skeleton";
import { summarySlots } from "./_components/summary-slots";

export const metadata: Metadata = { title: "Patient" };

/** What the summary shows, named in its one audit event. */
const SECTIONS = ["profile", "care team", "red-flag alerts", "pain trend", "function questionnaires", "exercise adherence", "exercise plan", "messages", "progression suggestions"];

export default async function PatientSummaryPage({ params }: { params: Promise<{ patientId: string }> }) {
  const { db, viewer, record } = await openPatientSection(params, SECTIONS);
  return (
    <div className="space-y-6">
      <RecordHeader record={record} />
      <Suspense fallback={<SectionSkeleton label="the summary" rows={5} />}>
        <Summary db={db} viewer={viewer} record={record} />
      </Suspense>
      <Suspense fallback={<SectionSkeleton label="suggested plan changes" rows={2} />}>
        <ProgressionSuggestions db={db} viewer={viewer} patientId={record.id} />
      </Suspense>
    </div>
  );
}

async function Summary({ db, viewer, record }: { db: TDatabase; viewer: TViewer; record: TPatientRecord }) {
  return <PatientSummary db={db} viewer={viewer} record={record} slots={await summarySlots(db, viewer, record.id)} />;
}
