"use client";

import { useMemo } from "react";
import { CartesianGrid, ComposedChart, Line, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import { PHASE_LABELS } from "@/lib/trends/phase";
import type { TTrendChartInput } from "@/lib/trends/trend-chart-input";
import { patientChartSeries, phaseWeeks, type TPatientWeekRow } from "@/lib/trends/trend-chart-series";
import { shortDate } from "@/lib/dates/format-date";
import { CHART_COLORS, PHASE_TINTS, TICK_STYLE } from "./chart-colors";
import { ChartKey, type TKeyItem } from "./chart-key";
import { PHASE_BAND_LABELS } from "./phase-band-label";
import { useTooltipDismissal } from "./use-tooltip-dismissal";

// Fixed props live outside the component: recharts compares them between renders.
const PAIN_DOMAIN = [0, 10];
const PAIN_TICKS = [0, 2, 4, 6, 8, 10];
const MARGIN = { top: 24, right: 12, bottom: 4, left: 0 };
const X_LABEL = { value: "Week since your pain began", position: "insideBottom", fill: CHART_COLORS.ink, fontSize: 13 } as const;
const Y_LABEL = { value: "Pain (0-10)", angle: -90, position: "insideLeft", offset: 10, fill: CHART_COLORS.ink, fontSize: 13 } as const;
const FUNCTION_LABEL = { value: "Function (0-10)", angle: 90, position: "insideRight", offset: 8, fill: CHART_COLORS.function, fontSize: 13 } as const;
const FUNCTION_TICK = { ...TICK_STYLE, fill: CHART_COLORS.function };
const FUNCTION_DOT = { r: 5, fill: CHART_COLORS.function, stroke: CHART_COLORS.white, strokeWidth: 1.5 };
const FUNCTION_ACTIVE_DOT = { r: 7, fill: CHART_COLORS.function, stroke: CHART_COLORS.white, strokeWidth: 2 };
const FUNCTION_DASH = "6 4";
const DOT = { r: 5, fill: CHART_COLORS.pain, stroke: CHART_COLORS.white, strokeWidth: 1.5 };
const ACTIVE_DOT = { r: 7, fill: CHART_COLORS.pain, stroke: CHART_COLORS.white, strokeWidth: 2 };
const CURSOR = { stroke: CHART_COLORS.muted, strokeDasharray: "3 3" };

interface WeeklyPainChartProps {
  input: TTrendChartInput;
  /** One or two plain sentences on how the pain is going: the chart's caption. */
  summary: string;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/** "Week 3 (15 Mar to 21 Mar): average pain 4 out of 10 (3 check-ins)". */
function describeWeek(row: TPatientWeekRow): string {
  const when = `Week ${row.week} (${shortDate(row.from)} to ${shortDate(row.to)})`;
  const pain = row.mean === null ? `${when}: no check-ins` : `${when}: average pain ${row.mean} out of 10 (${plural(row.checkIns, "check-in")})`;
  return row.functionScore === null ? pain : `${pain}; activities score ${row.functionScore} out of 10 (higher is better)`;
}

/**
 * The patient's average pain each week since the pain began, drawn over the
 * stages of back pain (acute, subacute, chronic), for a 390px phone first.
 * Screen readers meet it as one named image after its caption; the numbers
 * are in the table under it, which keyboard users can open too.
 */
export function WeeklyPainChart({ input, summary }: WeeklyPainChartProps) {
  const series = useMemo(() => patientChartSeries(input), [input]);
  const rowsByWeek = useMemo(() => new Map(series.rows.map((row) => [row.week, row])), [series]);
  const tooltip = useTooltipDismissal();

  if (!series.rows.some((row) => row.mean !== null)) {
    return (
      <figure className="space-y-3">
        <figcaption className="text-base">{summary}</figcaption>
        <p className="rounded-md border border-brand-100 bg-brand-50 p-3">Your chart appears here after your first check-in.</p>
      </figure>
    );
  }

  return (
    <figure className="space-y-3">
      <figcaption className="text-base">{summary}</figcaption>
      <div onPointerMove={tooltip.handlers.onPointerMove}>
        <ResponsiveContainer width="100%" height={260}>
          <ComposedChart
            data={series.rows}
            margin={MARGIN}
            accessibilityLayer={false}
            role="img"
            aria-label={`Line chart of your average pain each week, from week 1 to week ${series.rows.length} since your pain began, on shaded stages of back pain.${series.hasFunction ? " A second line shows how well you can do your chosen activities (PSFS, 0 to 10, where higher is better, unlike pain)." : ""} The numbers are in the table below.`}
          >
            {series.phaseBands.map((band) => (
              <ReferenceArea key={band.phase} x1={band.x1} x2={band.x2} y1={0} y2={10} fill={PHASE_TINTS[band.phase]} fillOpacity={1} zIndex={-200} label={PHASE_BAND_LABELS[band.phase]} />
            ))}
            <CartesianGrid vertical={false} stroke={CHART_COLORS.grid} />
            <XAxis type="number" dataKey="week" domain={series.domain} ticks={series.ticks} allowDecimals={false} tick={TICK_STYLE} stroke={CHART_COLORS.muted} height={44} label={X_LABEL} />
            <YAxis domain={PAIN_DOMAIN} ticks={PAIN_TICKS} tick={TICK_STYLE} stroke={CHART_COLORS.muted} width={48} label={Y_LABEL} />
            {series.hasFunction ? (
              <YAxis yAxisId="function" orientation="right" domain={PAIN_DOMAIN} ticks={PAIN_TICKS} tick={FUNCTION_TICK} stroke={CHART_COLORS.function} width={40} label={FUNCTION_LABEL} />
            ) : null}
            <Line dataKey="mean" name="Average pain" stroke={CHART_COLORS.pain} strokeWidth={3} dot={DOT} activeDot={ACTIVE_DOT} />
            {series.hasFunction ? (
              <Line
                yAxisId="function"
                dataKey="functionScore"
                name="Activities score (PSFS)"
                connectNulls
                stroke={CHART_COLORS.function}
                strokeWidth={2.5}
                strokeDasharray={FUNCTION_DASH}
                dot={FUNCTION_DOT}
                activeDot={FUNCTION_ACTIVE_DOT}
              />
            ) : null}
            <Tooltip
              active={tooltip.active}
              cursor={CURSOR}
              content={({ active, label }: TooltipContentProps) => {
                const row = active && typeof label === "number" ? rowsByWeek.get(label) : undefined;
                return row ? <p className="max-w-56 rounded-md border border-gray-400 bg-white px-3 py-2 text-sm text-ink shadow">{describeWeek(row)}</p> : null;
              }}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <ChartKey items={keyItems(input, series.hasFunction)} />
      <WeeklyPainTable rows={series.rows} hasFunction={series.hasFunction} />
    </figure>
  );
}

/** The chart's numbers. Weeks before the first check-in (an onset long before joining) share one row. */
function WeeklyPainTable({ rows, hasFunction }: { rows: readonly TPatientWeekRow[]; hasFunction: boolean }) {
  const firstWithData = rows.findIndex((row) => row.mean !== null || row.functionScore !== null);
  const shown = rows.slice(firstWithData);
  return (
    <details className="rounded-md border border-gray-300 px-3">
      <summary className="min-h-11 cursor-pointer py-2.5 font-semibold text-brand-800">Show the numbers</summary>
      <table className="mb-3 w-full border-collapse text-left text-sm">
        <caption className="pb-2 text-left text-muted">
          Your average pain each week since your pain began (0 = no pain, 10 = worst pain imaginable)
          {hasFunction ? ", and your activities score (PSFS: 0 = unable to do them, 10 = able to do them as before, so higher is better)" : ""}
        </caption>
        <thead>
          <tr className="border-b border-gray-300">
            <th scope="col" className="py-2 pr-3">Week</th>
            <th scope="col" className="py-2 pr-3">Average pain</th>
            {hasFunction ? <th scope="col" className="py-2 pr-3">Activities score (PSFS)</th> : null}
            <th scope="col" className="py-2">Check-ins</th>
          </tr>
        </thead>
        <tbody>
          {firstWithData > 0 ? (
            <tr className="border-b border-gray-200">
              <th scope="row" className="py-2 pr-3 font-normal">
                {firstWithData === 1 ? "Week 1" : `Weeks 1 to ${firstWithData}`}
              </th>
              <td className="py-2 pr-3 font-semibold">No check-ins</td>
              {hasFunction ? <td className="py-2 pr-3">—</td> : null}
              <td className="py-2">0</td>
            </tr>
          ) : null}
          {shown.map((row) => (
            <tr key={row.week} className="border-b border-gray-200">
              <th scope="row" className="py-2 pr-3 font-normal">
                Week {row.week}
                <span className="block text-muted">
                  {shortDate(row.from)} to {shortDate(row.to)}
                </span>
              </th>
              <td className="py-2 pr-3 font-semibold">{row.mean === null ? "No check-ins" : `${row.mean} out of 10`}</td>
              {hasFunction ? <td className="py-2 pr-3">{row.functionScore === null ? "—" : `${row.functionScore} out of 10`}</td> : null}
              <td className="py-2">{row.checkIns}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

function keyItems(input: TTrendChartInput, hasFunction: boolean): TKeyItem[] {
  const line: TKeyItem = { swatch: { kind: "line", color: CHART_COLORS.pain, dot: "circle" }, text: "Your average pain each week. A break in the line is a week without check-ins." };
  const activities: TKeyItem = {
    swatch: { kind: "line", color: CHART_COLORS.function, dot: "circle", dashed: true },
    text: "How well you can do your chosen activities (PSFS, 0-10, right-hand scale). Higher is better, unlike pain.",
  };
  const bands = phaseWeeks(input).map(({ phase, fromWeek, toWeek }): TKeyItem => ({
    swatch: { kind: "band", fill: PHASE_TINTS[phase] },
    text: `${PHASE_LABELS[phase]}: ${toWeek === null ? `week ${fromWeek} on` : `weeks ${fromWeek} to ${toWeek}`}`,
  }));
  return [line, ...(hasFunction ? [activities] : []), ...bands];
}
