import type { Metadata } from "next";
import { Suspense } from "react";
import type { TViewer } from "@/lib/auth/viewer-types";
import type { TDatabase } from "@/lib/db/client";
import { listConversations } from "@/lib/messages/conversations";
import { PatientConversations } from "../../_components/patient-conversations";
import { openPatientSection } from "../_components/open-patient-section";
import { RecordHeader } from "../_components/record-header";
import { SectionSkeleton } from "../_components/section-skeleton";

export const metadata: Metadata = { title: "Messages" };

export default async function MessagesSection({ params }: { params: Promise<{ patientId: string }> }) {
  const { db, viewer, record } = await openPatientSection(params, ["profile", "messages"]);
  return (
    <div className="space-y-6">
      <RecordHeader record={record} />
      <section aria-labelledby="messages-heading" className="space-y-3">
        <h2 id="messages-heading" className="text-xl font-bold text-brand-900">
          Messages
        </h2>
        <Suspense fallback={<SectionSkeleton label="the messages" />}>
          <Conversations db={db} viewer={viewer} patientId={record.id} />
        </Suspense>
      </section>
    </div>
  );
}

async function Conversations({ db, viewer, patientId }: { db: TDatabase; viewer: TViewer; patientId: string }) {
  const conversations = await listConversations(db, viewer, { patientId, status: "all" });
  return <PatientConversations patientId={patientId} conversations={conversations.conversations} />;
}
