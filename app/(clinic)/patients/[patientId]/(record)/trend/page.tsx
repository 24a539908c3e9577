import type { Metadata } from "next";
import { Suspense } from "react";
import type { TViewer } from "@/lib/auth/viewer-types";
import type { TDatabase } from "@/lib/db/client";
import { getEpisodeTrend } from "@/lib/episodes/get-episode-trend";
import { getWeeklyAdherence } from "@/lib/exercise-log/get-weekly-adherence";
import { getQuestionnaires } from "@/lib/questionnaires/get-questionnaires";
import { PainTrend } from "../../_components/pain-trend";
import { openPatientSection } from "../_components/open-patient-section";
import { RecordHeader } from "../_components/record-header";
import { SectionSkeleton } from "../_components/section-skeleton";

export const metadata: Metadata = { title: "Pain trend" };

export default async function TrendSection({ params }: { params: Promise<{ patientId: string }> }) {
  const { db, viewer, record } = await openPatientSection(params, ["profile", "pain trend", "exercise adherence", "function questionnaires"]);
  return (
    <div className="space-y-6">
      <RecordHeader record={record} />
      <section aria-labelledby="trend-heading" className="space-y-3">
        <h2 id="trend-heading" className="text-xl font-bold text-brand-900">
          Pain trend
        </h2>
        <Suspense fallback={<SectionSkeleton label="the pain trend" rows={8} />}>
          <Trend db={db} viewer={viewer} patientId={record.id} />
        </Suspense>
      </section>
    </div>
  );
}

async function Trend({ db, viewer, patientId }: { db: TDatabase; viewer: TViewer; patientId: string }) {
  const [trend, adherence, questionnaires] = await Promise.all([getEpisodeTrend(db, viewer, patientId), getWeeklyAdherence(db, viewer, patientId), getQuestionnaires(db, viewer, patientId)]);
  if (!trend) return <p>No current episode, so no trend.</p>;
  return <PainTrend view={trend} adherence={adherence.weeks} questionnaires={questionnaires} />;
}
