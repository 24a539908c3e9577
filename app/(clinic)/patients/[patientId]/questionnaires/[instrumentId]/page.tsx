import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { QuestionnaireForm } from "@/components/questionnaires/questionnaire-form";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { getPatientRecord } from "@/lib/patients/get-patient-record";
import { findInstrument } from "@/lib/questionnaires/load-instruments";

export const metadata: Metadata = { title: "Record a questionnaire" };

/** The clinician records a questionnaire the patient answers at a visit (e.g. the final ones at discharge). */
export default async function RecordQuestionnairePage({ params }: { params: Promise<{ patientId: string; instrumentId: string }> }) {
  const viewer = await requirePageViewer("CLINICIAN");
  const { patientId, instrumentId } = await params;
  const instrument = findInstrument(instrumentId);
  const record = await getPatientRecord(getDb(), viewer, patientId);
  if (!instrument || !record) notFound();
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <p>
        <Link href={`/patients/${patientId}`} className="inline-flex min-h-11 items-center font-medium text-brand-800 underline">
          Back to {record.name}
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-900">
        {instrument.title}: {record.name}
      </h1>
      <p>{instrument.introduction}</p>
      <QuestionnaireForm instrument={instrument} patientId={patientId} doneHref={`/patients/${patientId}`} doneLabel={`Back to ${record.name}`} />
    </div>
  );
}
