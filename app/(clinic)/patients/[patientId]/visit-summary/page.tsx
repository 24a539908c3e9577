import type { Metadata } from "next";
import { mediumDate } from "@/lib/dates/format-date";
import Link from "next/link";
import { notFound } from "next/navigation";
import { WeeklyPainChart } from "@/components/charts/weekly-pain-chart";
import { PrintButton } from "@/components/ui/print-button";
import { requirePageViewer } from "@/lib/auth/viewer";
import { CONDITION_LABELS } from "@/lib/conditions/conditions";
import { getDb } from "@/lib/db/client";
import { getEpisodeTrend, trendChartInput } from "@/lib/episodes/get-episode-trend";
import { getWeeklyAdherence } from "@/lib/exercise-log/get-weekly-adherence";
import { getPatientRecord } from "@/lib/patients/get-patient-record";
import { chartedFunctionScores, functionSentences } from "@/lib/questionnaires/function-summary";
import { getQuestionnaires } from "@/lib/questionnaires/get-questionnaires";
import { formatPlanDose, formatPlanWeeks } from "@/lib/plans/format-plan-item";
import { getPatientPlans } from "@/lib/plans/get-patient-plans";
import { listOpenRedFlagAlerts } from "@/lib/red-flags/list-open-alerts";
import { redFlagPlain } from "@/lib/red-flags/red-flags";
import { LEVEL_LABELS } from "@/lib/red-flags/alert-levels";
import { PHASE_LABELS } from "@/lib/trends/phase";
import { DIRECTION_LABELS } from "@/lib/trends/theil-sen";

export const metadata: Metadata = { title: "Visit summary" };

/** The last this many weeks of PEG-3 and adherence fit the page. */
const RECENT_WEEKS = 6;

const SECTION = "space-y-1 break-inside-avoid";
const HEADING = "text-base font-bold text-brand-900";

/**
 * One printable page for a visit: who, which episode and phase, the weekly
 * pain chart, PEG-3 and adherence of the last weeks, red flags, and the plan.
 */
export default async function VisitSummaryPage({ params }: { params: Promise<{ patientId: string }> }) {
  const viewer = await requirePageViewer("CLINICIAN");
  const { patientId } = await params;
  const db = getDb();
  const record = await getPatientRecord(db, viewer, patientId);
  if (!record) notFound();
  const trend = await getEpisodeTrend(db, viewer, patientId);
  const adherence = await getWeeklyAdherence(db, viewer, patientId);
  const alerts = await listOpenRedFlagAlerts(db, viewer, patientId);
  const { current: plan } = await getPatientPlans(db, viewer, patientId);
  const questionnaires = await getQuestionnaires(db, viewer, patientId);
  const pegWeeks = (trend?.trend.weeks ?? []).filter((week) => week.pegScore !== null).slice(-RECENT_WEEKS);
  const redFlagMarkers = (trend?.markers ?? []).filter((marker) => marker.kind === "red-flag");
  return (
    <div className="visit-summary mx-auto max-w-3xl space-y-4">
      <p className="no-print flex flex-wrap items-center gap-4">
        <Link href={`/patients/${patientId}`} className="inline-flex min-h-11 items-center font-medium text-brand-800 underline">
          Back to {record.name}
        </Link>
        <PrintButton label="Print or save as PDF" />
      </p>
      <div>
        <h1 className="text-xl font-bold text-brand-900">Visit summary: {record.name}</h1>
        <p className="text-sm">
          Born {mediumDate(record.dateOfBirth)} · {trend ? `printed ${mediumDate(trend.today)}` : record.email}
        </p>
      </div>
      <section aria-labelledby="summary-episode" className={SECTION}>
        <h2 id="summary-episode" className={HEADING}>
          Episode
        </h2>
        {record.episode && trend ? (
          <p>
            {CONDITION_LABELS[record.episode.primaryCondition]}, pain began {mediumDate(record.episode.onsetDate)}: <strong>{PHASE_LABELS[trend.trend.phase]}</strong>
            {trend.trend.latest
              ? `. Latest week (week ${trend.trend.latest.week}) mean pain ${trend.trend.latest.meanPain}, first week ${trend.trend.baseline?.meanPain ?? "—"}`
              : ". No check-ins yet"}
            ; last 4 weeks {DIRECTION_LABELS[trend.trend.direction].word}.
            {trend.trend.chronicityRisk ? " Not improving by 6 weeks: chronicity risk." : ""}
            {trend.trend.worsening ? " Worse than the first week." : ""}
          </p>
        ) : (
          <p>No current episode.</p>
        )}
      </section>
      {trend ? (
        <section aria-labelledby="summary-pain" className={SECTION}>
          <h2 id="summary-pain" className={HEADING}>
            Weekly pain
          </h2>
          <WeeklyPainChart input={trendChartInput(trend, [], chartedFunctionScores(questionnaires.history))} summary={`${trend.summary} ${functionSentences(questionnaires.summaries)}`.trim()} />
        </section>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <section aria-labelledby="summary-peg" className={SECTION}>
          <h2 id="summary-peg" className={HEADING}>
            PEG-3 (0-10)
          </h2>
          {pegWeeks.length ? (
            <ul>
              {pegWeeks.map((week) => (
                <li key={week.week}>
                  Week {week.week}: {week.pegScore}
                </li>
              ))}
            </ul>
          ) : (
            <p>Not answered yet.</p>
          )}
        </section>
        <section aria-labelledby="summary-adherence" className={SECTION}>
          <h2 id="summary-adherence" className={HEADING}>
            Exercise adherence
          </h2>
          {adherence.weeks.length ? (
            <ul>
              {adherence.weeks.slice(-RECENT_WEEKS).map((week) => (
                <li key={week.week}>
                  Plan week {week.week}: {week.done} of {week.prescribed} days ({Math.round(week.ratio * 100)}%)
                </li>
              ))}
            </ul>
          ) : (
            <p>{adherence.planTitle ? "The plan has not started yet." : "No exercise plan."}</p>
          )}
        </section>
      </div>
      <section aria-labelledby="summary-flags" className={SECTION}>
        <h2 id="summary-flags" className={HEADING}>
          Red flags
        </h2>
        {redFlagMarkers.length || alerts.length ? (
          <ul>
            {alerts.map((alert) => (
              <li key={alert.id} className="font-semibold text-alert-700">
                {LEVEL_LABELS[alert.level]}, not yet reviewed, {mediumDate(alert.date)}: {alert.flags.map(redFlagPlain).join("; ")}
              </li>
            ))}
            {redFlagMarkers
              .filter((marker) => !alerts.some((alert) => alert.date === marker.date))
              .map((marker) => (
                <li key={marker.date}>
                  {mediumDate(marker.date)}: {marker.label}
                </li>
              ))}
          </ul>
        ) : (
          <p>None answered yes in this episode.</p>
        )}
      </section>
      <section aria-labelledby="summary-plan" className={SECTION}>
        <h2 id="summary-plan" className={HEADING}>
          Current plan
        </h2>
        {plan ? (
          <>
            <p>
              {plan.title}, from {mediumDate(plan.startDate)}
              {plan.version.number > 1 ? ` (version ${plan.version.number} from ${mediumDate(plan.version.effectiveFrom)})` : ""}
            </p>
            <ul>
              {plan.version.items.map((item) => (
                <li key={item.id}>
                  {item.exerciseName}: {formatPlanDose(item)}
                  {formatPlanWeeks(item.fromWeek, item.toWeek) ? ` (${formatPlanWeeks(item.fromWeek, item.toWeek)})` : ""}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>No exercise plan.</p>
        )}
      </section>
    </div>
  );
}
