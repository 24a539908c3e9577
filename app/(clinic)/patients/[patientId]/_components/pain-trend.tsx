import { ClinicianTrendChart } from "@/components/charts/clinician-trend-chart";
import { shortDate } from "@/lib/dates/format-date";
import { trendChartInput, type TEpisodeTrendView } from "@/lib/episodes/get-episode-trend";
import type { TWeekAdherence } from "@/lib/exercise-log/schedule";
import { chartedFunctionScores, functionSentences } from "@/lib/questionnaires/function-summary";
import type { TQuestionnairesView } from "@/lib/questionnaires/get-questionnaires";
import { PHASE_LABELS } from "@/lib/trends/phase";
import { DIRECTION_LABELS } from "@/lib/trends/theil-sen";
import { ScrollArea } from "@/components/ui/scroll-area";

const CHANGE_WORDS = { improved: "clinically important improvement", worsened: "clinically important worsening", "no-important-change": "no important change" } as const;
const signed = (value: number) => (value > 0 ? `+${value}` : String(value));

/**
 * The episode's trend for the clinician: in words, as a chart (daily pain,
 * weekly means, PEG-3, adherence, red flags and plan changes over the phase
 * bands) and as a table of weeks since onset.
 */
export function PainTrend({ view, adherence, questionnaires }: { view: TEpisodeTrendView; adherence: readonly TWeekAdherence[]; questionnaires: Pick<TQuestionnairesView, "history" | "summaries"> }) {
  const { trend } = view;
  const flags = [trend.chronicityRisk ? "Not improving by 6 weeks: chronicity risk" : null, trend.worsening ? "Worse than the first week" : null].filter(Boolean);
  return (
    <div className="space-y-3">
      {flags.length ? (
        <ul className="flex flex-wrap gap-2">
          {flags.map((flag) => (
            <li key={flag} className="rounded bg-alert-700 px-2 py-0.5 text-sm font-semibold text-white">
              {flag}
            </li>
          ))}
        </ul>
      ) : null}
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
        <dt className="font-medium">Phase today</dt>
        <dd>{PHASE_LABELS[trend.phase]}</dd>
        <dt className="font-medium">First week with data</dt>
        <dd>{trend.baseline ? `week ${trend.baseline.week}, mean ${trend.baseline.meanPain}` : "—"}</dd>
        <dt className="font-medium">Latest week</dt>
        <dd>
          {trend.latest
            ? `week ${trend.latest.week}, mean ${trend.latest.meanPain} (${signed(trend.latest.changePoints)} points${trend.latest.changePercent === null ? "" : `, ${signed(trend.latest.changePercent)}%`}: ${CHANGE_WORDS[trend.latest.classification]})`
            : "—"}
        </dd>
        <dt className="font-medium">Last 4 weeks</dt>
        <dd>
          {`${DIRECTION_LABELS[trend.direction].arrow} ${DIRECTION_LABELS[trend.direction].word}`.trim()}
          {trend.slopePerWeek === null ? "" : ` (${signed(trend.slopePerWeek)} points a week, Theil-Sen)`}
        </dd>
      </dl>
      <p className="text-sm text-muted">What the patient reads: “{`${view.summary} ${functionSentences(questionnaires.summaries)}`.trim()}”</p>
      <ClinicianTrendChart input={trendChartInput(view, adherence, chartedFunctionScores(questionnaires.history))} />
      {trend.weeks.length ? (
        <ScrollArea label="Table of pain by week, scrolls sideways">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">Pain by week since the pain began: number of check-ins, mean, lowest and highest pain, and PEG-3</caption>
            <thead>
              <tr className="border-b border-gray-300">
                <th scope="col" className="py-2 pr-3">Week since onset</th>
                <th scope="col" className="py-2 pr-3">Check-ins</th>
                <th scope="col" className="py-2 pr-3">Mean pain</th>
                <th scope="col" className="py-2 pr-3">Range</th>
                <th scope="col" className="py-2 pr-3">PEG-3</th>
              </tr>
            </thead>
            <tbody>
              {trend.weeks.map((week) => (
                <tr key={week.week} className="border-b border-gray-200">
                  <th scope="row" className="py-2 pr-3 font-normal">
                    Week {week.week} ({shortDate(week.from)}–{shortDate(week.to)})
                  </th>
                  <td className="py-2 pr-3">{week.checkIns}</td>
                  <td className="py-2 pr-3 font-semibold">{week.meanPain ?? "—"}</td>
                  <td className="py-2 pr-3">{week.minPain === null ? "—" : `${week.minPain}–${week.maxPain}`}</td>
                  <td className="py-2 pr-3">{week.pegScore ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      ) : null}
    </div>
  );
}
