import type { Metadata } from "next";
import { Suspense } from "react";
import { ClinicianDischarge } from "@/components/discharge/clinician-discharge";
import { ClinicianQuestionnaires } from "@/components/questionnaires/clinician-questionnaires";
import type { TViewer } from "@/lib/auth/viewer-types";
import { todayIn } from "@/lib/dates/calendar-date";
import type { TDatabase } from "@/lib/db/client";
import { listSeenAgainRequests } from "@/lib/discharge/seen-again";
import { listEpisodes } from "@/lib/episodes/list-episodes";
import type { TPatientRecord } from "@/lib/patients/get-patient-record";
import { getQuestionnaires } from "@/lib/questionnaires/get-questionnaires";
import { getInstruments } from "@/lib/questionnaires/load-instruments";
import { listPlanReviews } from "@/lib/questionnaires/plan-review";
import { openPatientSection } from "../_components/open-patient-section";
import { RecordHeader } from "../_components/record-header";
import { SectionSkeleton } from "../_components/section-skeleton";

export const metadata: Metadata = { title: "Function and discharge" };

/** The current episode's discharge date in the patient's calendar, or null when it is not discharged. */
function dischargedOn(episode: { status: string; closedAt: Date | null } | undefined, timeZone: string): string | null {
  return episode?.status === "DISCHARGED" && episode.closedAt ? todayIn(timeZone, episode.closedAt) : null;
}

export default async function FunctionSection({ params }: { params: Promise<{ patientId: string }> }) {
  const { db, viewer, record } = await openPatientSection(params, ["profile", "function questionnaires", "plan reviews", "discharge"]);
  return (
    <div className="space-y-6">
      <RecordHeader record={record} />
      <section aria-labelledby="function-heading" className="space-y-3">
        <h2 id="function-heading" className="text-xl font-bold text-brand-900">
          Function (questionnaires)
        </h2>
        <Suspense fallback={<SectionSkeleton label="the questionnaires" />}>
          <Questionnaires db={db} viewer={viewer} record={record} />
        </Suspense>
      </section>
      <section aria-labelledby="discharge-heading" className="space-y-3">
        <h2 id="discharge-heading" className="text-xl font-bold text-brand-900">
          Discharge
        </h2>
        <Suspense fallback={<SectionSkeleton label="the discharge" />}>
          <Discharge db={db} viewer={viewer} record={record} />
        </Suspense>
      </section>
    </div>
  );
}

async function Questionnaires({ db, viewer, record }: { db: TDatabase; viewer: TViewer; record: TPatientRecord }) {
  const [questionnaires, reviews] = await Promise.all([getQuestionnaires(db, viewer, record.id), listPlanReviews(db, viewer, record.id)]);
  return <ClinicianQuestionnaires patientId={record.id} view={questionnaires} reviews={reviews} instruments={getInstruments()} timeZone={record.timeZone} />;
}

async function Discharge({ db, viewer, record }: { db: TDatabase; viewer: TViewer; record: TPatientRecord }) {
  const [episodes, seenAgain] = await Promise.all([listEpisodes(db, viewer, record.id), listSeenAgainRequests(db, viewer, record.id)]);
  return (
    <ClinicianDischarge
      patientId={record.id}
      status={record.episode?.status ?? null}
      dischargedOn={dischargedOn(episodes.find((episode) => episode.id === record.episode?.id), record.timeZone)}
      requests={seenAgain}
      timeZone={record.timeZone}
    />
  );
}
