import type { Metadata } from "next";
import Link from "next/link";
import { FlareUpPlanForm } from "@/components/flare-up-plans/flare-up-plan-form";
import { FlareUpPlanSheet } from "@/components/flare-up-plans/flare-up-plan-sheet";
import { FlareUpRedFlags } from "@/components/flare-up-plans/flare-up-red-flags";
import { PrintButton } from "@/components/ui/print-button";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { getFlareUpPlan } from "@/lib/flare-up-plans/get-flare-up-plan";
import { getPatientRecord } from "@/lib/patients/get-patient-record";

export const metadata: Metadata = { title: "My flare-up plan" };

/** The patient's flare-up plan: a form on screen, the plan and its warning signs on paper. */
export default async function MyFlareUpPlanPage() {
  const viewer = await requirePageViewer("PATIENT");
  const db = getDb();
  const [record, plan] = await Promise.all([getPatientRecord(db, viewer, viewer.userId), getFlareUpPlan(db, viewer, viewer.userId)]);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div className="no-print space-y-4">
        <p>
          <Link href="/dashboard" className="inline-flex min-h-11 items-center font-medium text-brand-800 underline">
            Back to my dashboard
          </Link>
        </p>
        <h1 className="text-2xl font-bold text-brand-900">My flare-up plan</h1>
        <p>
          Back pain often comes back for a while, then settles again. Write down what to do when that happens, so you do not have to think about it on a bad day. Fill in what
          you know, and go over it with your clinician. Your clinician can see it and help you with it.
        </p>
        {plan.updatedAt && plan.updatedBy && plan.updatedBy.role !== "PATIENT" ? <p className="text-sm text-muted">Last changed by {plan.updatedBy.name}.</p> : null}
        <FlareUpPlanForm patientId={viewer.userId} initial={plan.parts} />
        <FlareUpRedFlags />
        <div className="flex flex-wrap items-center gap-4">
          <PrintButton label="Print my plan" />
          <span className="text-sm text-muted">Save first: the saved plan is what prints.</span>
        </div>
      </div>
      <div className="print-only">
        <FlareUpPlanSheet plan={plan} patientName={viewer.name} timeZone={record?.timeZone ?? "UTC"} />
      </div>
    </div>
  );
}
