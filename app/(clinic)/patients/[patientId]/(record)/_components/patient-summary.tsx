import { ButtonLink } from "@/components/ui/button-link";
import type { TViewer } from "@/lib/auth/viewer-types";
import type { TDatabase } from "@/lib/db/client";
import { getEpisodeTrend } from "@/lib/episodes/get-episode-trend";
import { getWeeklyAdherence } from "@/lib/exercise-log/get-weekly-adherence";
import type { TPatientRecord } from "@/lib/patients/get-patient-record";
import { getPatientPlans } from "@/lib/plans/get-patient-plans";
import { LEVEL_LABELS } from "@/lib/red-flags/alert-levels";
import { listOpenRedFlagAlerts } from "@/lib/red-flags/list-open-alerts";
import { PHASE_LABELS } from "@/lib/trends/phase";
import { DIRECTION_LABELS } from "@/lib/trends/theil-sen";
import { episodeWeek } from "@/lib/dates/calendar-days";
import { sectionHref } from "./record-sections";
import type { TSummarySlots } from "./summary-slots";

const FACT = "rounded-lg border border-brand-100 p-3";

/**
 * What a clinician needs in the first ten seconds: where the episode stands,
 * which way the pain goes, open alerts, this week's exercise, and the actions.
 * Its reads run in parallel.
 */
export async function PatientSummary({ db, viewer, record, slots }: { db: TDatabase; viewer: TViewer; record: TPatientRecord; slots: TSummarySlots }) {
  const [trend, alerts, adherence, plans] = await Promise.all([
    getEpisodeTrend(db, viewer, record.id),
    listOpenRedFlagAlerts(db, viewer, record.id),
    getWeeklyAdherence(db, viewer, record.id),
    getPatientPlans(db, viewer, record.id),
  ]);
  const emergencies = alerts.filter((alert) => alert.level === "EMERGENCY").length;
  const urgent = alerts.length - emergencies;
  const thisWeek = adherence.weeks.at(-1);
  const week = trend ? episodeWeek(trend.onsetDate, trend.today) : null;
  return (
    <section aria-labelledby="summary-heading" className="space-y-4">
      <h2 id="summary-heading" className="sr-only">
        Summary
      </h2>
      {alerts.length > 0 ? (
        <div className="flex flex-wrap items-center gap-3 rounded-lg border-2 border-alert-700 bg-alert-50 p-3">
          <p className="font-semibold text-alert-700">
            {alerts.length === 1 ? "1 open red-flag alert" : `${alerts.length} open red-flag alerts`}:{" "}
            {[emergencies ? `${emergencies} ${LEVEL_LABELS.EMERGENCY.toLowerCase()}` : null, urgent ? `${urgent} ${LEVEL_LABELS.URGENT.toLowerCase()}` : null].filter(Boolean).join(", ")}
          </p>
          <ButtonLink href={sectionHref(record.id, "alerts")}>Review alert{alerts.length === 1 ? "" : "s"}</ButtonLink>
        </div>
      ) : (
        <p className={FACT}>No open red-flag alerts.</p>
      )}
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <div className={FACT}>
          <dt className="text-sm font-medium text-muted">Phase</dt>
          <dd className="font-semibold">{trend && week ? `${PHASE_LABELS[trend.trend.phase]}, week ${week} since pain began` : "No current episode"}</dd>
        </div>
        <div className={FACT}>
          <dt className="text-sm font-medium text-muted">Pain</dt>
          <dd>
            {trend?.trend.latest ? (
              <>
                <span className="font-semibold">
                  {trend.trend.latest.meanPain} of 10 this week {DIRECTION_LABELS[trend.trend.direction].arrow}
                </span>{" "}
                (first week {trend.trend.baseline?.meanPain ?? "—"}; last 4 weeks {DIRECTION_LABELS[trend.trend.direction].word})
              </>
            ) : (
              "No check-ins yet"
            )}
          </dd>
        </div>
        <div className={FACT}>
          <dt className="text-sm font-medium text-muted">Exercise this week</dt>
          <dd>
            {thisWeek ? (
              <span className="font-semibold">
                {thisWeek.done} of {thisWeek.prescribed} days ({Math.round(thisWeek.ratio * 100)}%)
              </span>
            ) : plans.current ? (
              "The plan has not started yet"
            ) : (
              "No exercise plan"
            )}
            {plans.current ? <span className="block text-sm text-muted">{plans.current.title}</span> : null}
          </dd>
        </div>
        {slots.functionChange ? (
          <div className={FACT}>
            <dt className="text-sm font-medium text-muted">Function</dt>
            <dd>{slots.functionChange}</dd>
          </div>
        ) : null}
        {slots.unreadMessages ? (
          <div className={FACT}>
            <dt className="text-sm font-medium text-muted">Messages</dt>
            <dd>{slots.unreadMessages}</dd>
          </div>
        ) : null}
        {slots.nextQuestionnaire ? (
          <div className={FACT}>
            <dt className="text-sm font-medium text-muted">Next questionnaire</dt>
            <dd>{slots.nextQuestionnaire}</dd>
          </div>
        ) : null}
      </dl>
      {trend ? <p className="max-w-prose">{`${trend.summary} ${slots.functionSentence}`.trim()}</p> : null}
      {trend?.trend.chronicityRisk || trend?.trend.worsening ? (
        <p className="font-semibold text-alert-700">
          {[trend.trend.chronicityRisk ? "Not improving by 6 weeks: chronicity risk." : null, trend.trend.worsening ? "Worse than the first week." : null].filter(Boolean).join(" ")}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3" role="group" aria-label="Actions">
        {slots.messageAction}
        <ButtonLink href={`/patients/${record.id}/plan`} variant={alerts.length ? "secondary" : "primary"}>
          {plans.current ? "Change plan" : "Build a plan"}
        </ButtonLink>
        <ButtonLink href={sectionHref(record.id, "guides")} variant="secondary">
          Assign guide
        </ButtonLink>
        <ButtonLink href={`/patients/${record.id}/visit-summary`} variant="secondary">
          Print visit summary
        </ButtonLink>
      </div>
      {slots.careTeam}
    </section>
  );
}
