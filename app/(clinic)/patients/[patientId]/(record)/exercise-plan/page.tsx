import type { Metadata } from "next";
import { Suspense } from "react";
import { PlanSummary } from "@/components/plans/plan-summary";
import { ButtonLink } from "@/components/ui/button-link";
import type { TViewer } from "@/lib/auth/viewer-types";
import { todayIn } from "@/lib/dates/calendar-date";
import { mediumDateOfInstant } from "@/lib/dates/format-date";
import type { TDatabase } from "@/lib/db/client";
import { getWeeklyAdherence } from "@/lib/exercise-log/get-weekly-adherence";
import type { TPatientRecord } from "@/lib/patients/get-patient-record";
import { getPatientPlans } from "@/lib/plans/get-patient-plans";
import { EndPlanButton } from "../../_components/end-plan-button";
import { WeeklyAdherence } from "../../_components/weekly-adherence";
import { openPatientSection } from "../_components/open-patient-section";
import { RecordHeader } from "../_components/record-header";
import { SectionSkeleton } from "../_components/section-skeleton";

export const metadata: Metadata = { title: "Plan and adherence" };

export default async function PlanSection({ params }: { params: Promise<{ patientId: string }> }) {
  const { db, viewer, record } = await openPatientSection(params, ["profile", "exercise plan", "exercise adherence"]);
  return (
    <div className="space-y-6">
      <RecordHeader record={record} />
      <section aria-labelledby="plan-heading" className="space-y-3">
        <h2 id="plan-heading" className="text-xl font-bold text-brand-900">
          Exercise plan
        </h2>
        <Suspense fallback={<SectionSkeleton label="the exercise plan" rows={6} />}>
          <Plan db={db} viewer={viewer} record={record} />
        </Suspense>
      </section>
      <section aria-labelledby="adherence-heading" className="space-y-3">
        <h2 id="adherence-heading" className="text-xl font-bold text-brand-900">
          Exercise adherence
        </h2>
        <Suspense fallback={<SectionSkeleton label="the exercise adherence" />}>
          <Adherence db={db} viewer={viewer} patientId={record.id} />
        </Suspense>
      </section>
    </div>
  );
}

async function Adherence({ db, viewer, patientId }: { db: TDatabase; viewer: TViewer; patientId: string }) {
  return <WeeklyAdherence adherence={await getWeeklyAdherence(db, viewer, patientId)} />;
}

async function Plan({ db, viewer, record }: { db: TDatabase; viewer: TViewer; record: TPatientRecord }) {
  const plans = await getPatientPlans(db, viewer, record.id);
  return (
    <>
      {plans.current ? (
        <>
          <PlanSummary plan={plans.current} today={todayIn(record.timeZone)} />
          <p className="text-sm text-muted">
            Written by {plans.current.createdByName}
            {plans.current.versionCount > 1 ? `; version ${plans.current.versionCount} by ${plans.current.version.createdByName}` : ""}.
          </p>
          <div className="flex flex-wrap gap-3">
            <ButtonLink href={`/patients/${record.id}/plan`}>Change this plan</ButtonLink>
            <ButtonLink href={`/patients/${record.id}/plan?new=1`} variant="secondary">
              Write a new plan
            </ButtonLink>
          </div>
          <EndPlanButton patientId={record.id} planId={plans.current.id} title={plans.current.title} />
        </>
      ) : (
        <>
          <p>No exercise plan yet.</p>
          <ButtonLink href={`/patients/${record.id}/plan`}>Build a plan</ButtonLink>
        </>
      )}
      {plans.history.length > 0 ? (
        <details>
          <summary className="min-h-11 cursor-pointer py-2 font-medium">Earlier plans ({plans.history.length})</summary>
          <ul className="list-disc space-y-1 pl-6">
            {plans.history.map((plan) => (
              <li key={plan.id}>
                {plan.title}: from {plan.startDate}
                {plan.endedAt ? `, ended ${mediumDateOfInstant(plan.endedAt)}` : ""} ({plan.versionCount === 1 ? "1 version" : `${plan.versionCount} versions`})
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
