import Link from "next/link";
import { longDate } from "@/lib/dates/format-date";
import type { TPlanUpdate } from "@/lib/progression/list-plan-updates";

/** "Your plan was updated": the exercises the clinician swapped in the last two weeks, in plain words. */
export function PlanUpdates({ updates }: { updates: TPlanUpdate[] }) {
  if (updates.length === 0) return null;
  return (
    <div className="space-y-2 rounded-lg border-2 border-brand-700 bg-brand-50 p-4">
      <p className="text-lg font-semibold text-brand-900">Your plan was updated</p>
      <ul className="space-y-1">
        {updates.map((update) => (
          <li key={`${update.replaced.slug}-${update.replacement.slug}-${update.from}`}>
            From {longDate(update.from)}:{" "}
            <Link href={`/library/exercises/${update.replacement.slug}`} className="font-semibold text-brand-800 underline">
              {update.replacement.name}
            </Link>{" "}
            instead of {update.replaced.name}
            {update.direction === "harder" ? ", because it had become easy for you." : ", to go easier while it was too hard."}
          </li>
        ))}
      </ul>
    </div>
  );
}
