import Link from "next/link";
import { formatAcceptablePain } from "@/lib/content/format-dose";
import { mediumDate } from "@/lib/dates/format-date";
import { planWeekOn } from "@/lib/dates/calendar-days";
import { formatPlanDose, formatPlanWeeks } from "@/lib/plans/format-plan-item";
import type { TPlanView } from "@/lib/plans/plan-views";

/** A plan as an ordered list of exercises with their doses; `today` (the patient's calendar date) gives the plan week. */
export function PlanSummary({ plan, today, headingLevel = 3, askAboutExercises = false }: { plan: TPlanView; today: string; headingLevel?: 2 | 3; askAboutExercises?: boolean }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const week = planWeekOn(plan.startDate, today);
  return (
    <div className="space-y-3">
      <Heading className="text-lg font-bold text-brand-900">{plan.title}</Heading>
      <p className="text-sm text-muted">
        {week === 0 ? `Starts ${mediumDate(plan.startDate)}` : `Started ${mediumDate(plan.startDate)} · week ${week}`}
        {plan.version.number > 1 ? ` · changed ${mediumDate(plan.version.effectiveFrom)} (version ${plan.version.number})` : ""}
      </p>
      {plan.version.instructions ? <p className="whitespace-pre-line">{plan.version.instructions}</p> : null}
      <ol className="space-y-2">
        {plan.version.items.map((item) => {
          const weeks = formatPlanWeeks(item.fromWeek, item.toWeek);
          return (
            <li key={item.id} className="rounded-lg border border-brand-100 p-3">
              <Link href={`/library/exercises/${item.exerciseSlug}`} className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline">
                {item.exerciseName}
              </Link>
              <p>{formatPlanDose(item)}</p>
              {item.acceptablePain !== null ? <p className="text-sm">{formatAcceptablePain(item.acceptablePain)}</p> : null}
              {weeks ? <p className="text-sm text-muted">{weeks}</p> : null}
              {item.instructions ? <p className="text-sm">{item.instructions}</p> : null}
              {askAboutExercises ? (
                <Link href={`/messages/new?exercise=${encodeURIComponent(item.exerciseSlug)}`} className="inline-flex min-h-11 items-center text-sm font-medium text-brand-800 underline">
                  Ask your care team about this exercise<span className="sr-only"> ({item.exerciseName})</span>
                </Link>
              ) : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
