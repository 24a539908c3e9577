import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NewConversationForm } from "@/components/messages/new-conversation-form";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { resolveConversationStart } from "@/lib/messages/messaging-context";
import { listReplyTemplates } from "@/lib/messages/reply-templates";
import { NotFoundError } from "@/lib/errors/domain-errors";

export const metadata: Metadata = { title: "Write to a patient" };

type TSearch = { patient?: string; exercise?: string; checkIn?: string; alert?: string };

export default async function NewClinicianMessagePage({ searchParams }: { searchParams: Promise<TSearch> }) {
  const viewer = await requirePageViewer("CLINICIAN");
  const link = await searchParams;
  if (!link.patient) notFound();
  const db = getDb();
  const [start, templates] = await Promise.all([
    resolveConversationStart(db, viewer, link.patient, { exerciseSlug: link.exercise, checkInId: link.checkIn, alertId: link.alert }).catch((error: unknown) => {
      if (error instanceof NotFoundError) notFound();
      throw error;
    }),
    listReplyTemplates(db, viewer),
  ]);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <p className="text-sm">
        <Link href={`/patients/${link.patient}`} className="font-medium text-brand-800 underline">
          ← The patient&apos;s page
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-900">Write to the patient</h1>
      <p>
        About: <strong>{start.about}</strong>
      </p>
      <NewConversationForm start={start.start} patientId={link.patient} hrefBase="/inbox" templates={templates} />
    </div>
  );
}
