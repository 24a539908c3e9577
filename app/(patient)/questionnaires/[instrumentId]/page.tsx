import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { QuestionnaireForm } from "@/components/questionnaires/questionnaire-form";
import { requirePageViewer } from "@/lib/auth/viewer";
import { findInstrument } from "@/lib/questionnaires/load-instruments";

export const metadata: Metadata = { title: "Questionnaire" };

/** One function questionnaire for the patient, its own short step (the daily check-in stays one minute). */
export default async function QuestionnairePage({ params }: { params: Promise<{ instrumentId: string }> }) {
  const viewer = await requirePageViewer("PATIENT");
  const instrument = findInstrument((await params).instrumentId);
  if (!instrument) notFound();
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <p>
        <Link href="/dashboard" className="inline-flex min-h-11 items-center font-medium text-brand-800 underline">
          Back to my dashboard
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-900">{instrument.title}</h1>
      <p className="text-lg">{instrument.introduction}</p>
      <QuestionnaireForm instrument={instrument} patientId={viewer.userId} doneHref="/dashboard" doneLabel="Back to my dashboard" />
      <p className="text-sm text-muted">Source: {instrument.citation.text}</p>
    </div>
  );
}
