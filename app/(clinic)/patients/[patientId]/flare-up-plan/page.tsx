import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FlareUpPlanForm } from "@/components/flare-up-plans/flare-up-plan-form";
import { FlareUpPlanSheet } from "@/components/flare-up-plans/flare-up-plan-sheet";
import { FlareUpRedFlags } from "@/components/flare-up-plans/flare-up-red-flags";
import { PrintButton } from "@/components/ui/print-button";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { getFlareUpPlan } from "@/lib/flare-up-plans/get-flare-up-plan";
import { getPatientRecord } from "@/lib/patients/get-patient-record";

export const metadata: Metadata = { title: "Flare-up plan" };

/** A patient's flare-up plan for their clinician to go over and change with them (reads and changes are audited). */
export default async function PatientFlareUpPlanPage({ params }: { params: Promise<{ patientId: string }> }) {
  const viewer = await requirePageViewer("CLINICIAN");
  const { patientId } = await params;
  const db = getDb();
  const record = await getPatientRecord(db, viewer, patientId);
  if (!record) notFound();
  const plan = await getFlareUpPlan(db, viewer, patientId);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div className="no-print space-y-4">
        <p>
          <Link href={`/patients/${record.id}`} className="inline-flex min-h-11 items-center font-medium text-brand-800 underline">
            Back to {record.name}
          </Link>
        </p>
        <h1 className="text-2xl font-bold text-brand-900">Flare-up plan: {record.name}</h1>
        <p className="text-muted">
          {plan.saved && plan.updatedBy ? `Last changed by ${plan.updatedBy.name}.` : "Not written yet. The patient sees and can change what you save here."}
        </p>
        <FlareUpPlanForm patientId={record.id} initial={plan.parts} saveLabel="Save the plan" />
        <FlareUpRedFlags />
        <PrintButton label="Print the plan" />
      </div>
      <div className="print-only">
        <FlareUpPlanSheet plan={plan} patientName={record.name} timeZone={record.timeZone} />
      </div>
    </div>
  );
}
