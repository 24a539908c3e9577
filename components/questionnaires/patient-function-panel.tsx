import type { TQuestionnairesView } from "@/lib/questionnaires/get-questionnaires";
import { FunctionScores } from "./function-scores";

/** Function beside pain on the patient's chart page: what they can do, from their questionnaires. */
export function PatientFunctionPanel({ view, titles }: { view: TQuestionnairesView; titles: Record<string, string> }) {
  if (view.history.length === 0) return null;
  return (
    <section aria-labelledby="function-progress-heading" className="space-y-2">
      <h2 id="function-progress-heading" className="text-lg font-bold text-brand-900">
        What I can do (questionnaires)
      </h2>
      <p className="text-sm text-muted">Higher scores mean you can do more.</p>
      <FunctionScores summaries={view.summaries} history={view.history} titles={titles} />
    </section>
  );
}
