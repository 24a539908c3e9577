import { ButtonLink } from "@/components/ui/button-link";
import type { TQuestionnairesView } from "@/lib/questionnaires/get-questionnaires";

const WHY: Record<TQuestionnairesView["due"][number]["reason"], string> = {
  baseline: "to see where you start",
  "follow-up": "to see how you are getting on",
  "re-screen": "your clinician would like an update",
  discharge: "to finish your care with us",
};

/** The questionnaires due now, on the patient's dashboard: each its own short step, apart from the check-in. */
export function DueQuestionnaires({ due }: { due: TQuestionnairesView["due"] }) {
  if (due.length === 0) return null;
  return (
    <section aria-labelledby="questionnaires-heading" className="space-y-3 rounded-lg border-2 border-brand-700 p-4">
      <h2 id="questionnaires-heading" className="text-xl font-bold text-brand-900">
        Short questionnaires
      </h2>
      <p>A few questions about what you can do, {due.length === 1 ? "about 2 minutes" : `about ${due.length * 2} minutes in all`}.</p>
      <ul className="space-y-3">
        {due.map((item) => (
          <li key={item.instrumentId} className="space-y-1">
            <ButtonLink href={`/questionnaires/${item.instrumentId}`} className="min-h-12 w-full text-lg sm:w-auto">
              Answer: {item.title}
            </ButtonLink>
            <p className="text-sm text-muted">Why now: {WHY[item.reason]}.</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
