import type { Metadata } from "next";
import { Suspense } from "react";
import { guideAssignmentJson } from "@/lib/assignments/guide-assignment-endpoints";
import { listGuideAssignments } from "@/lib/assignments/guide-assignments";
import type { TViewer } from "@/lib/auth/viewer-types";
import { getLibrary } from "@/lib/content/load-library";
import type { TDatabase } from "@/lib/db/client";
import { PatientGuides } from "../../_components/patient-guides";
import { openPatientSection } from "../_components/open-patient-section";
import { RecordHeader } from "../_components/record-header";
import { SectionSkeleton } from "../_components/section-skeleton";

export const metadata: Metadata = { title: "Guides" };

export default async function GuidesSection({ params }: { params: Promise<{ patientId: string }> }) {
  const { db, viewer, record } = await openPatientSection(params, ["profile", "guides"]);
  return (
    <div className="space-y-6">
      <RecordHeader record={record} />
      <section aria-labelledby="guides-heading" className="space-y-3">
        <h2 id="guides-heading" className="text-xl font-bold text-brand-900">
          Guides
        </h2>
        <Suspense fallback={<SectionSkeleton label="the guides" />}>
          <Guides db={db} viewer={viewer} patientId={record.id} />
        </Suspense>
      </section>
    </div>
  );
}

async function Guides({ db, viewer, patientId }: { db: TDatabase; viewer: TViewer; patientId: string }) {
  const guides = await listGuideAssignments(db, viewer, patientId);
  return (
    <PatientGuides
      patientId={patientId}
      initial={{ assignments: guides.map(guideAssignmentJson) }}
      library={getLibrary().guides.map((guide) => ({ slug: guide.slug, title: guide.title }))}
    />
  );
}
