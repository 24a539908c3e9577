import type { Metadata } from "next";
import { Suspense } from "react";
import type { TViewer } from "@/lib/auth/viewer-types";
import type { TDatabase } from "@/lib/db/client";
import { listRedFlagAlerts } from "@/lib/red-flags/list-open-alerts";
import { RedFlagAlerts } from "../../_components/red-flag-alerts";
import { openPatientSection } from "../_components/open-patient-section";
import { RecordHeader } from "../_components/record-header";
import { SectionSkeleton } from "../_components/section-skeleton";

export const metadata: Metadata = { title: "Red-flag alerts" };

export default async function AlertsSection({ params }: { params: Promise<{ patientId: string }> }) {
  const { db, viewer, record } = await openPatientSection(params, ["profile", "red-flag alerts"]);
  return (
    <div className="space-y-6">
      <RecordHeader record={record} />
      <section aria-labelledby="alerts-heading" className="space-y-3">
        <h2 id="alerts-heading" className="text-xl font-bold text-brand-900">
          Red-flag alerts
        </h2>
        <Suspense fallback={<SectionSkeleton label="the alerts" />}>
          <Alerts db={db} viewer={viewer} patientId={record.id} timeZone={record.timeZone} />
        </Suspense>
      </section>
    </div>
  );
}

async function Alerts({ db, viewer, patientId, timeZone }: { db: TDatabase; viewer: TViewer; patientId: string; timeZone: string }) {
  const alerts = await listRedFlagAlerts(db, viewer, patientId);
  return <RedFlagAlerts patientId={patientId} timeZone={timeZone} reviewerName={viewer.name} initial={alerts} />;
}
