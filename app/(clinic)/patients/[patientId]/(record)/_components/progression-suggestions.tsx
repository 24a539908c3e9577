import Link from "next/link";
import type { TViewer } from "@/lib/auth/viewer-types";
import type { TDatabase } from "@/lib/db/client";
import { shortDate } from "@/lib/dates/format-date";
import { listProgressionSuggestions } from "@/lib/progression/list-progression-suggestions";
import { ApplyProgressionButton } from "./apply-progression-button";

/** What the patient's marks suggest for their plan: shown, never applied until a clinician presses. */
export async function ProgressionSuggestions({ db, viewer, patientId }: { db: TDatabase; viewer: TViewer; patientId: string }) {
  const suggestions = await listProgressionSuggestions(db, viewer, patientId);
  if (suggestions.length === 0) return null;
  return (
    <section aria-labelledby="progression-heading" className="space-y-3 rounded-lg border-2 border-brand-700 p-4">
      <h2 id="progression-heading" className="text-lg font-bold text-brand-900">
        Suggested plan changes
      </h2>
      <ul className="space-y-3">
        {suggestions.map((suggestion) => (
          <li key={suggestion.planItemId} className="space-y-1">
            <p>
              <strong>{suggestion.exercise.name}</strong>: {suggestion.reason} ({suggestion.dates.map(shortDate).join(", ")}).{" "}
              {suggestion.replacement
                ? `The library's ${suggestion.direction} version is ${suggestion.replacement.name}.`
                : `The library links no ${suggestion.direction} version: change the dose in the plan.`}
            </p>
            {suggestion.replacement ? (
              <ApplyProgressionButton patientId={patientId} planItemId={suggestion.planItemId} from={suggestion.exercise.name} to={suggestion.replacement} />
            ) : (
              <Link href={`/patients/${patientId}/plan`} className="inline-flex min-h-11 items-center font-medium text-brand-800 underline">
                Change the dose<span className="sr-only"> of {suggestion.exercise.name}</span>
              </Link>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
