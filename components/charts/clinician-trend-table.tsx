import { ScrollArea } from "@/components/ui/scroll-area";
import type { TCalendarDate } from "@/lib/dates/calendar-date";
import { daysBetween, weekOfDay } from "@/lib/dates/calendar-days";
import type { TTrendChartInput } from "@/lib/trends/trend-chart-input";
import { type TClinicianChartSeries } from "@/lib/trends/trend-chart-series";
import { shortDate } from "@/lib/dates/format-date";

interface DayEntry {
  date: TCalendarDate;
  pain: number | null;
  peg: number | null;
  functionScore: number | null;
  events: { label: string; redFlag: boolean }[];
}

/** Check-in days and marked events in date order; every marker is listed, also one the chart leaves out (dated before onset). */
function dayEntries(input: TTrendChartInput, series: TClinicianChartSeries): DayEntry[] {
  const byDate = new Map<TCalendarDate, DayEntry>();
  const entryOn = (date: TCalendarDate) => {
    const entry = byDate.get(date) ?? { date, pain: null, peg: null, functionScore: null, events: [] };
    byDate.set(date, entry);
    return entry;
  };
  for (const day of series.daily) Object.assign(entryOn(day.date), { pain: day.pain, peg: day.peg });
  for (const point of series.functionPoints) entryOn(point.date).functionScore = point.score;
  for (const marker of input.markers) entryOn(marker.date).events.push({ label: marker.label, redFlag: marker.kind === "red-flag" });
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function weekWords(onsetDate: TCalendarDate, date: TCalendarDate): string {
  const days = daysBetween(onsetDate, date);
  return days < 0 ? "Before onset" : `Week ${weekOfDay(days)}`;
}

/** The clinician chart's data for screen readers and anyone who prefers numbers (WCAG 1.1.1). */
export function ClinicianTrendTable({ input, series }: { input: TTrendChartInput; series: TClinicianChartSeries }) {
  const days = dayEntries(input, series);
  const hasFunction = series.functionPoints.length > 0;
  return (
    <details className="rounded-md border border-gray-300 px-3">
      <summary className="min-h-11 cursor-pointer py-2.5 font-semibold text-brand-800">Chart data as a table</summary>
      <div className="space-y-4 pb-3">
        {days.length ? (
          <ScrollArea label="Daily chart data, scrolls sideways">
            <table className="w-full border-collapse text-left text-sm">
              <caption className="pb-2 text-left text-muted">
                Each day with a check-in or an event: pain now (0-10), PEG-3 score, {hasFunction ? "PSFS function score (0-10, higher is better), " : ""}and red flags or plan changes
              </caption>
              <thead>
                <tr className="border-b border-gray-300">
                  <th scope="col" className="py-2 pr-3">Date</th>
                  <th scope="col" className="py-2 pr-3">Week since onset</th>
                  <th scope="col" className="py-2 pr-3">Pain</th>
                  <th scope="col" className="py-2 pr-3">PEG-3</th>
                  {hasFunction ? <th scope="col" className="py-2 pr-3">PSFS</th> : null}
                  <th scope="col" className="py-2">Events</th>
                </tr>
              </thead>
              <tbody>
                {days.map((day) => (
                  <tr key={day.date} className="border-b border-gray-200">
                    <th scope="row" className="py-2 pr-3 font-normal whitespace-nowrap">
                      <time dateTime={day.date}>{shortDate(day.date)}</time>
                    </th>
                    <td className="py-2 pr-3 whitespace-nowrap">{weekWords(input.onsetDate, day.date)}</td>
                    <td className="py-2 pr-3 font-semibold">{day.pain ?? "—"}</td>
                    <td className="py-2 pr-3">{day.peg ?? "—"}</td>
                    {hasFunction ? <td className="py-2 pr-3">{day.functionScore ?? "—"}</td> : null}
                    <td className="py-2">
                      {day.events.map((event, index) => (
                        <span key={index} className={`block ${event.redFlag ? "font-semibold text-alert-700" : ""}`}>
                          {event.label}
                        </span>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollArea>
        ) : (
          <p>No check-ins or events yet.</p>
        )}
        {series.adherence.length ? (
          <ScrollArea label="Plan week chart data, scrolls sideways">
            <table className="w-full border-collapse text-left text-sm">
              <caption className="pb-2 text-left text-muted">Exercise plan weeks since onset: exercises done of those prescribed</caption>
              <thead>
                <tr className="border-b border-gray-300">
                  <th scope="col" className="py-2 pr-3">Plan week</th>
                  <th scope="col" className="py-2 pr-3">Dates</th>
                  <th scope="col" className="py-2">Done</th>
                </tr>
              </thead>
              <tbody>
                {series.adherence.map((bar) => (
                  <tr key={bar.from} className="border-b border-gray-200">
                    <th scope="row" className="py-2 pr-3 font-normal">Week {bar.planWeek}</th>
                    <td className="py-2 pr-3 whitespace-nowrap">
                      {shortDate(bar.from)} to {shortDate(bar.to)}
                    </td>
                    <td className="py-2">
                      {bar.done} of {bar.prescribed} ({bar.percent}%)
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollArea>
        ) : null}
      </div>
    </details>
  );
}
