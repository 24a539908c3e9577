import { ScrollArea } from "@/components/ui/scroll-area";
import { mediumDate } from "@/lib/dates/format-date";
import type { TFunctionSummary } from "@/lib/questionnaires/function-summary";
import type { TQuestionnaireHistoryEntry } from "@/lib/questionnaires/get-questionnaires";

const CHANGE_WORDS = { improved: "Improved by an important amount", worsened: "Worse by an important amount", "no-important-change": "No important change" } as const;

/**
 * Function beside pain: each questionnaire's first and latest score and the
 * change judged by its own rule, and every score as a table (the numbers a
 * chart would show, readable by everyone).
 */
export function FunctionScores({ summaries, history, titles }: { summaries: TFunctionSummary[]; history: TQuestionnaireHistoryEntry[]; titles: Record<string, string> }) {
  if (summaries.length === 0) return <p>No function questionnaires answered in this episode yet.</p>;
  return (
    <div className="space-y-3">
      <ul className="space-y-1">
        {summaries.map((summary) => (
          <li key={summary.instrumentId}>
            <strong>{summary.shortTitle}:</strong>{" "}
            {summary.baseline && summary.latest && summary.change !== null
              ? `${summary.baseline.score} → ${summary.latest.score} (${summary.change > 0 ? "+" : ""}${summary.change})`
              : `latest ${summary.latest?.score ?? "—"}`}
            {summary.classification ? ` · ${CHANGE_WORDS[summary.classification]}` : " · one score so far"}
          </li>
        ))}
      </ul>
      <ScrollArea label="Questionnaire scores">
        <table className="min-w-full text-left text-sm">
          <caption className="sr-only">Every questionnaire score in this episode</caption>
          <thead>
            <tr>
              <th scope="col" className="pr-4">Date</th>
              <th scope="col" className="pr-4">Questionnaire</th>
              <th scope="col" className="pr-4">Score</th>
              <th scope="col">Answered</th>
            </tr>
          </thead>
          <tbody>
            {history.map((entry) => (
              <tr key={entry.id}>
                <td className="pr-4">{mediumDate(entry.completedOn)}</td>
                <td className="pr-4">{titles[entry.instrumentId] ?? entry.instrumentId}</td>
                <td className="pr-4">{entry.score}</td>
                <td>{entry.recordedByClinician ? "at a visit" : "by the patient"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
    </div>
  );
}
