import type { Metadata } from "next";
import Link from "next/link";
import { PlanSummary } from "@/components/plans/plan-summary";
import { PrintButton } from "@/components/ui/print-button";
import { requirePageViewer } from "@/lib/auth/viewer";
import { todayIn } from "@/lib/dates/calendar-date";
import { getDb } from "@/lib/db/client";
import { getPatientRecord } from "@/lib/patients/get-patient-record";
import { getPatientPlans } from "@/lib/plans/get-patient-plans";

export const metadata: Metadata = { title: "My exercise plan" };

/** The patient's current plan on its own page, so it prints cleanly as a handout. */
export default async function MyPlanPage() {
  const viewer = await requirePageViewer("PATIENT");
  const db = getDb();
  const [record, plans] = await Promise.all([getPatientRecord(db, viewer, viewer.userId), getPatientPlans(db, viewer, viewer.userId)]);
  return (
    <div className="space-y-6">
      <p className="no-print">
        <Link href="/dashboard" className="inline-flex min-h-11 items-center font-medium text-brand-800 underline">
          Back to my dashboard
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-900">My exercise plan</h1>
      {plans.current ? (
        <>
          <PlanSummary plan={plans.current} today={todayIn(record?.timeZone ?? "UTC")} headingLevel={2} askAboutExercises />
          <p className="text-sm text-muted">Stop an exercise and tell your clinic if it causes sharp pain, or pain that spreads down your leg.</p>
          <div className="no-print flex flex-wrap items-center gap-4">
            <PrintButton label="Print my plan" />
            <Link href="/my-plan/handout" className="inline-flex min-h-11 items-center font-medium text-brand-800 underline">
              Handout with pictures and steps
            </Link>
          </div>
        </>
      ) : (
        <p>Your clinician has not given you an exercise plan yet.</p>
      )}
      <p className="no-print">
        <Link href="/my-flare-up-plan" className="inline-flex min-h-11 items-center font-medium text-brand-800 underline">
          My flare-up plan: what to do when pain flares up
        </Link>
      </p>
    </div>
  );
}
