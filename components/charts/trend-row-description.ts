import { type TTrendChartRow } from "@/lib/trends/trend-chart-series";
import { weekOfDay } from "@/lib/dates/calendar-days";
import { shortDate } from "@/lib/dates/format-date";

export interface TTrendRowLine {
  text: string;
  /** A red flag: shown in the alert colour (and says so in words). */
  alert: boolean;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/** One day of the clinician chart in words: the tooltip shows them and a status region reads them out. */
export function describeTrendRow(row: TTrendChartRow): { heading: string; lines: TTrendRowLine[] } {
  const lines: TTrendRowLine[] = [];
  const { day, week, adherence } = row;
  if (day) lines.push({ text: `Pain ${day.pain}/10${day.peg === null ? "" : `, PEG-3 ${day.peg}`}`, alert: false });
  if (week) {
    const text =
      week.mean === null
        ? `Week ${week.week}: no check-ins`
        : `Week ${week.week} mean ${week.mean} (range ${week.min} to ${week.max}, ${plural(week.checkIns, "check-in")})${week.peg === null ? "" : `, PEG-3 ${week.peg}`}`;
    lines.push({ text, alert: false });
  }
  if (row.functionScore) lines.push({ text: `PSFS function ${row.functionScore.score}/10 (higher is better)`, alert: false });
  if (adherence) lines.push({ text: `Plan week ${adherence.planWeek}: ${adherence.done} of ${adherence.prescribed} exercises done (${adherence.percent}%)`, alert: false });
  for (const marker of row.markers) lines.push({ text: marker.label, alert: marker.kind === "red-flag" });
  return { heading: `${shortDate(row.date)}: day ${row.x}, week ${weekOfDay(row.x)}`, lines };
}

/** The same words as one string, for a status region to read out. */
export function spokenTrendRow(row: TTrendChartRow): string {
  const { heading, lines } = describeTrendRow(row);
  return [heading, ...lines.map((line) => line.text)].join(". ");
}
