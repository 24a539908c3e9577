import { todayIn } from "@/lib/dates/calendar-date";
import { mediumDate } from "@/lib/dates/format-date";
import { FLARE_UP_PLAN_PARTS } from "@/lib/flare-up-plans/flare-up-plan-input";
import type { TFlareUpPlanView } from "@/lib/flare-up-plans/get-flare-up-plan";
import { FlareUpRedFlags } from "./flare-up-red-flags";

/** The plan as it prints: every part with an answer, who changed it last, and the warning signs. */
export function FlareUpPlanSheet({ plan, patientName, timeZone }: { plan: TFlareUpPlanView; patientName: string; timeZone: string }) {
  const filled = FLARE_UP_PLAN_PARTS.filter((part) => plan.parts[part.field]);
  return (
    <article aria-labelledby="flare-up-sheet-heading" className="space-y-4">
      <h2 id="flare-up-sheet-heading" className="text-xl font-bold text-brand-900">
        Flare-up plan for {patientName}
      </h2>
      {plan.updatedAt && plan.updatedBy ? (
        <p className="text-sm">
          Last changed {mediumDate(todayIn(timeZone, plan.updatedAt))} by {plan.updatedBy.name}.
        </p>
      ) : null}
      {filled.length ? (
        <dl className="space-y-3">
          {filled.map((part) => (
            <div key={part.field} className="break-inside-avoid">
              <dt className="font-bold">{part.label}</dt>
              <dd className="whitespace-pre-line">{plan.parts[part.field]}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p>Nothing written yet.</p>
      )}
      <FlareUpRedFlags headingLevel={3} id="flare-up-sheet-red-flags" />
    </article>
  );
}
