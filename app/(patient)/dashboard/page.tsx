import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ButtonLink } from "@/components/ui/button-link";
import { RedFlagsBox } from "@/components/ui/red-flags-box";
import { listGuideAssignments } from "@/lib/assignments/guide-assignments";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getCheckInStatus } from "@/lib/checkins/get-check-in-status";
import { getConsentStatus } from "@/lib/clinic-records/consent";
import { CONDITION_LABELS } from "@/lib/conditions/conditions";
import { getDb } from "@/lib/db/client";
import { longDate } from "@/lib/dates/format-date";
import { getEpisodeTrend } from "@/lib/episodes/get-episode-trend";
import { getTodayExercises } from "@/lib/exercise-log/get-today-exercises";
import { getPatientRecord } from "@/lib/patients/get-patient-record";
import { DischargedNotice } from "@/components/discharge/discharged-notice";
import { DueQuestionnaires } from "@/components/questionnaires/due-questionnaires";
import { getQuestionnaires } from "@/lib/questionnaires/get-questionnaires";
import { functionSentences } from "@/lib/questionnaires/function-summary";
import { TodayExercises } from "./_components/today-exercises";
import { PlanUpdates } from "./_components/plan-updates";
import { exerciseThumbnails } from "@/lib/content/exercise-thumbnails";
import { listPlanUpdates } from "@/lib/progression/list-plan-updates";


export const metadata: Metadata = { title: "My dashboard" };

/** The patient's day: check in, do today's exercises, read new guides. Few words, big targets. */
export default async function DashboardPage() {
  const viewer = await requirePageViewer("PATIENT");
  const db = getDb();
  const [record, status, today, guides, trend, consent, planUpdates] = await Promise.all([
    getPatientRecord(db, viewer, viewer.userId),
    getCheckInStatus(db, viewer, viewer.userId),
    getTodayExercises(db, viewer, viewer.userId),
    listGuideAssignments(db, viewer, viewer.userId),
    getEpisodeTrend(db, viewer, viewer.userId),
    getConsentStatus(db, viewer, viewer.userId),
    listPlanUpdates(db, viewer, viewer.userId),
  ]);
  if (consent.outstanding.length > 0) redirect("/my-consent");
  const questionnaires = await getQuestionnaires(db, viewer, viewer.userId);
  if (!status.historyAnswered) redirect("/my-health-history");
  return (
    <div className="mx-auto max-w-2xl space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold text-brand-900">Hello, {record?.name ?? viewer.name}</h1>
        {record?.episode ? (
          <p>
            Your clinic is helping you with <strong>{CONDITION_LABELS[record.episode.primaryCondition].toLowerCase()}</strong>, which began on{" "}
            <time dateTime={record.episode.onsetDate}>{longDate(record.episode.onsetDate)}</time>.
          </p>
        ) : null}
        <p>
          <Link href="/library/cauda-equina-card" className="inline-flex min-h-11 items-center gap-2 rounded-md border-2 border-alert-700 px-3 font-semibold text-alert-700">
            Emergency signs card (cauda equina): see or print
          </Link>
        </p>
        {trend ? (
          <p className="text-lg">
            {trend.summary} {functionSentences(questionnaires.summaries)}{" "}
            <Link href="/check-ins" className="font-medium text-brand-800 underline">
              See my pain chart
            </Link>
          </p>
        ) : null}
      </div>

      <section aria-labelledby="check-in-heading" className="space-y-3 rounded-lg border-2 border-brand-700 p-4">
        <h2 id="check-in-heading" className="text-xl font-bold text-brand-900">
          Today&apos;s check-in
        </h2>
        {status.checkedInToday ? (
          <p>
            Done for today, thank you.{" "}
            <Link href="/check-in" className="font-medium text-brand-800 underline">
              Change it
            </Link>
          </p>
        ) : (
          <>
            <p>{status.pegDue ? "How is your pain today? This week there are also three short questions." : "How is your pain today? It takes about a minute."}</p>
            <ButtonLink href="/check-in" className="min-h-12 w-full text-lg sm:w-auto">
              Check in now
            </ButtonLink>
          </>
        )}
        <p>
          <Link href="/check-ins" className="inline-flex min-h-11 items-center font-medium text-brand-800 underline">
            See my check-ins
          </Link>
        </p>
      </section>

      {record?.episode?.status === "DISCHARGED" ? <DischargedNotice /> : null}
      <DueQuestionnaires due={questionnaires.due} />

      <section aria-labelledby="today-heading" className="space-y-3">
        <h2 id="today-heading" className="text-xl font-bold text-brand-900">
          Today&apos;s exercises
        </h2>
        <PlanUpdates updates={planUpdates} />
        <TodayExercises patientId={viewer.userId} initial={today} thumbnails={exerciseThumbnails(today.items.map((item) => item.exerciseSlug))} />
        {today.planTitle ? (
          <Link href="/my-plan" className="inline-flex min-h-11 items-center font-medium text-brand-800 underline">
            See my whole plan and print it
          </Link>
        ) : null}
      </section>

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

      <p>
        <Link href="/my-flare-up-plan" className="inline-flex min-h-11 items-center font-medium text-brand-800 underline">
          My flare-up plan: what to do when pain flares up
        </Link>
      </p>
      <p>
        <Link href="/my-data/access" className="font-medium text-brand-800 underline">
          See who has viewed your data
        </Link>
      </p>
      <RedFlagsBox emergencyNumber={status.clinic.emergencyNumber} />
    </div>
  );
}
