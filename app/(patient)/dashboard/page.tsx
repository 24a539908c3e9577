import type { Metadata } from "next";
import Link from "next/link";
import { PlanSummary } from "@/components/plans/plan-summary";
import { RedFlagsBox } from "@/components/ui/red-flags-box";
import { requirePageViewer } from "@/lib/auth/viewer";
import { CONDITION_LABELS } from "@/lib/conditions/conditions";
import { todayIn } from "@/lib/dates/calendar-date";
import { getDb } from "@/lib/db/client";
import { listGuideAssignments } from "@/lib/assignments/guide-assignments";
import { getPatientRecord } from "@/lib/patients/get-patient-record";
import { getPatientPlans } from "@/lib/plans/get-patient-plans";

export const metadata: Metadata = { title: "My dashboard" };

export default async function DashboardPage() {
  const viewer = await requirePageViewer("PATIENT");
  const db = getDb();
  const record = await getPatientRecord(db, viewer, viewer.userId);
  const guides = await listGuideAssignments(db, viewer, viewer.userId);
  const plans = await getPatientPlans(db, viewer, viewer.userId);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-900">Hello, {record?.name ?? viewer.name}</h1>
      {record?.episode ? (
        <p>
          Your clinic is helping you with <strong>{CONDITION_LABELS[record.episode.primaryCondition].toLowerCase()}</strong>, which began on{" "}
          <time dateTime={record.episode.onsetDate}>{new Date(`${record.episode.onsetDate}T00:00:00Z`).toLocaleDateString("en-GB", { dateStyle: "long", timeZone: "UTC" })}</time>.
        </p>
      ) : null}
      <section aria-labelledby="my-guides-heading" className="space-y-3">
        <h2 id="my-guides-heading" className="text-xl font-bold text-brand-900">
          My guides
        </h2>
        {guides.length === 0 ? (
          <p>Your clinician has not given you any guides yet.</p>
        ) : (
          <ul className="space-y-3">
            {guides.map((row) => (
              <li key={row.id} className="rounded-lg border border-brand-100 p-4">
                <Link href={`/library/guides/${row.guideSlug}`} className="inline-flex min-h-11 items-center text-lg font-semibold text-brand-800 underline">
                  {row.guideTitle}
                </Link>
                {row.firstOpenedAt ? null : <span className="ml-2 rounded bg-brand-800 px-2 py-0.5 text-sm font-semibold text-white">New</span>}
                {row.note ? (
                  <p className="mt-1">
                    <span className="font-medium">{row.assignedByName}:</span> {row.note}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="my-plan-heading" className="space-y-3">
        <h2 id="my-plan-heading" className="text-xl font-bold text-brand-900">
          My exercise plan
        </h2>
        {plans.current ? (
          <>
            <PlanSummary plan={plans.current} today={todayIn(record?.timeZone ?? "UTC")} thisWeekOnly />
            <Link href="/my-plan" className="inline-flex min-h-11 items-center font-medium text-brand-800 underline">
              See my whole plan and print it
            </Link>
          </>
        ) : (
          <p>Your clinician has not given you an exercise plan yet.</p>
        )}
      </section>
      <p>
        <Link href="/my-data/access" className="font-medium text-brand-800 underline">
          See who has viewed your data
        </Link>
      </p>
      <RedFlagsBox />
    </div>
  );
}
