import type { TWeeklyAdherence } from "@/lib/exercise-log/get-weekly-adherence";
import { shortDate } from "@/lib/dates/format-date";
import { ScrollArea } from "@/components/ui/scroll-area";


/** Prescribed against done, per plan week, as a table (the chart comes with the trends work). */
export function WeeklyAdherence({ adherence }: { adherence: TWeeklyAdherence }) {
  if (!adherence.planTitle) return <p>No exercise plan, so nothing to measure yet.</p>;
  if (adherence.weeks.length === 0) return <p>The plan has not started yet.</p>;
  return (
    <ScrollArea label="Table of adherence by week, scrolls sideways">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">Exercise days prescribed and done in each week of “{adherence.planTitle}”</caption>
        <thead>
          <tr className="border-b border-gray-300">
            <th scope="col" className="py-2 pr-3">Plan week</th>
            <th scope="col" className="py-2 pr-3">Prescribed</th>
            <th scope="col" className="py-2 pr-3">Done</th>
            <th scope="col" className="py-2 pr-3">Skipped</th>
            <th scope="col" className="py-2 pr-3">Adherence</th>
          </tr>
        </thead>
        <tbody>
          {adherence.weeks.map((week) => (
            <tr key={week.week} className="border-b border-gray-200">
              <th scope="row" className="py-2 pr-3 font-normal">
                Week {week.week} ({shortDate(week.from)}–{shortDate(week.to)})
              </th>
              <td className="py-2 pr-3">{week.prescribed}</td>
              <td className="py-2 pr-3">{week.done}</td>
              <td className="py-2 pr-3">{week.skipped}</td>
              <td className="py-2 pr-3 font-semibold">{Math.round(week.ratio * 100)}%</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}
