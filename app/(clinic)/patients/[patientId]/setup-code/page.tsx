import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageViewer } from "@/lib/auth/viewer";
import { recordPatientPageVisit } from "@/lib/audit/record-page-visit";
import { getDb } from "@/lib/db/client";
import { getPatientRecord } from "@/lib/patients/get-patient-record";
import { SetupCodeSheet } from "./_components/setup-code-sheet";

export const metadata: Metadata = { title: "Set-up code sheet", referrer: "no-referrer" };

/** Opening the page makes no code: the clinician presses the button (a GET a browser may prefetch must not issue one). */
export default async function SetupCodePage({ params }: { params: Promise<{ patientId: string }> }) {
  const signedIn = await requirePageViewer("CLINICIAN");
  const { patientId } = await params;
  const db = getDb();
  const viewer = await recordPatientPageVisit(db, signedIn, patientId, ["profile"]);
  if (!viewer) notFound();
  const record = await getPatientRecord(db, viewer, patientId);
  if (!record) notFound();
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="no-print text-2xl font-bold text-brand-900">Set-up code sheet for {record.name}</h1>
      {record.hasSignedUp ? (
        <p>{record.name} has already set a password and can sign in. Nothing to print.</p>
      ) : !record.active ? (
        <p>This account is deactivated. Reactivate it first.</p>
      ) : (
        <>
          <p className="no-print">
            For a patient here without their email at hand. The sheet holds a code that works once, for 24 hours; making it stops the emailed link and any earlier
            code. Hand the printed sheet to {record.name} only.
          </p>
          <SetupCodeSheet patientId={record.id} name={record.name} />
        </>
      )}
    </div>
  );
}
