import { CONDITION_LABELS, CONDITIONS } from "@/lib/conditions/conditions";
import { todayIn, type TCalendarDate } from "@/lib/dates/calendar-date";
import { mediumDate, mediumDateOfInstant } from "@/lib/dates/format-date";
import type { TEpisodeView } from "@/lib/episodes/episode-view";
import { CHRONIC_WEEKS, episodePhase, PHASE_LABELS, phaseStartDates, type TEpisodePhase } from "@/lib/trends/phase";
import { EpisodeForm } from "./episode-form";

const NEXT_PHASE: Record<TEpisodePhase, TEpisodePhase | null> = { ACUTE: "SUBACUTE", SUBACUTE: "CHRONIC", CHRONIC: null };
const CONDITION_OPTIONS = CONDITIONS.map((condition) => ({ value: condition.code, label: condition.label }));

/** The patient's current episode with its phase, the forms to correct it or start a new one, and the earlier episodes. */
export function EpisodeDetails({
  patient,
  episodes,
  acuteWeeks,
}: {
  patient: { id: string; dateOfBirth: TCalendarDate; timeZone: string };
  episodes: TEpisodeView[];
  acuteWeeks: number;
}) {
  const today = todayIn(patient.timeZone);
  const current = episodes.find((episode) => episode.status === "ACTIVE");
  const earlier = episodes.filter((episode) => episode.status !== "ACTIVE");
  const phase = current ? episodePhase(current.onsetDate, today, acuteWeeks) : null;
  const next = phase ? NEXT_PHASE[phase] : null;
  const nextStarts = current && next ? phaseStartDates(current.onsetDate, acuteWeeks)[next] : null;
  const summaryClass = "min-h-11 cursor-pointer py-2 font-semibold text-brand-800";
  return (
    <>
      <div className="space-y-2">
        <h3 className="text-lg font-bold text-brand-900">Current episode</h3>
        {current && phase ? (
          <>
            <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
              <dt className="font-medium">Primary condition</dt>
              <dd>{CONDITION_LABELS[current.primaryCondition]}</dd>
              <dt className="font-medium">Pain began</dt>
              <dd>
                <time dateTime={current.onsetDate}>{mediumDate(current.onsetDate)}</time>
              </dd>
              <dt className="font-medium">Phase today</dt>
              <dd>{PHASE_LABELS[phase]}</dd>
              {next && nextStarts ? (
                <>
                  <dt className="font-medium">{PHASE_LABELS[next]} from</dt>
                  <dd>
                    <time dateTime={nextStarts}>{mediumDate(nextStarts)}</time>
                  </dd>
                </>
              ) : null}
            </dl>
            <p className="text-sm text-muted">
              Your clinic counts the first {acuteWeeks} weeks after onset as acute, then subacute until week {CHRONIC_WEEKS}, then chronic.
            </p>
            <details>
              <summary className={summaryClass}>Edit episode</summary>
              <p className="my-2 text-sm text-muted">Correct this episode&apos;s onset date or condition, for example when the patient remembers the pain began earlier.</p>
              <EpisodeForm
                key={current.id}
                patientId={patient.id}
                mode="correct"
                conditions={CONDITION_OPTIONS}
                defaults={{ onsetDate: current.onsetDate, primaryCondition: current.primaryCondition }}
                minDate={patient.dateOfBirth}
                maxDate={today}
              />
            </details>
          </>
        ) : (
          <p>No current episode.</p>
        )}
        <details>
          <summary className={summaryClass}>Start a new episode</summary>
          <p className="my-2 text-sm text-muted">
            For a new problem.{" "}
            {current ? "The current episode will be closed and kept in the history below; the new one becomes the current episode." : "It becomes the current episode."}
          </p>
          <EpisodeForm patientId={patient.id} mode="start" conditions={CONDITION_OPTIONS} minDate={patient.dateOfBirth} maxDate={today} />
        </details>
      </div>
      {earlier.length > 0 ? (
        <div className="space-y-2">
          <h3 className="text-lg font-bold text-brand-900">Earlier episodes</h3>
          <ul className="space-y-2">
            {earlier.map((episode) => (
              <li key={episode.id} className="rounded-lg border border-brand-100 p-3">
                <p className="font-medium">{CONDITION_LABELS[episode.primaryCondition]}</p>
                <p className="text-sm text-muted">
                  Began <time dateTime={episode.onsetDate}>{mediumDate(episode.onsetDate)}</time>
                  {episode.closedAt ? (
                    <>
                      , {episode.status === "DISCHARGED" ? "discharged" : "closed"}{" "}
                      <time dateTime={episode.closedAt.toISOString()}>
                        {mediumDateOfInstant(episode.closedAt, patient.timeZone)}
                      </time>
                    </>
                  ) : null}
                </p>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
