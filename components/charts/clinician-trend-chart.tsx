"use client";

import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactElement } from "react";
import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
  useActiveTooltipLabel,
  useIsTooltipActive,
  type DotItemDotProps,
  type TooltipContentProps,
} from "recharts";
import { ScrollArea } from "@/components/ui/scroll-area";
import { PHASE_LABELS } from "@/lib/trends/phase";
import type { TTrendChartInput } from "@/lib/trends/trend-chart-input";
import { clinicianChartSeries, PHASES, type TLineSpan, type TTrendChartRow, type TWeeklyPainPoint } from "@/lib/trends/trend-chart-series";
import { shortDate } from "@/lib/dates/format-date";
import { CHART_COLORS, PHASE_TINTS, TICK_STYLE } from "./chart-colors";
import { ChartKey, type TKeyItem } from "./chart-key";
import { ClinicianTrendTable } from "./clinician-trend-table";
import { markerLines } from "./marker-lines";
import { PHASE_BAND_LABELS } from "./phase-band-label";
import { spokenTrendRow } from "./trend-row-description";
import { TrendTooltip } from "./trend-tooltip";
import { useTooltipDismissal } from "./use-tooltip-dismissal";

// Fixed props live outside the component: recharts compares them between renders.
const PAIN_DOMAIN = [0, 10];
const PAIN_TICKS = [0, 2, 4, 6, 8, 10];
const PERCENT_DOMAIN = [0, 100];
const PERCENT_TICKS = [0, 25, 50, 75, 100];
const MARGIN = { top: 24, right: 4, bottom: 4, left: 0 };
const X_PADDING = { left: 8, right: 8 };
const X_LABEL = { value: "Week since onset (ticks mark each week's first day)", position: "insideBottom", fill: CHART_COLORS.ink, fontSize: 13 } as const;
const PAIN_LABEL = { value: "Pain (0-10)", angle: -90, position: "insideLeft", offset: 10, fill: CHART_COLORS.ink, fontSize: 13 } as const;
const PERCENT_LABEL = { value: "Exercises done", angle: 90, position: "insideRight", offset: 8, fill: CHART_COLORS.adherence, fontSize: 13 } as const;
const PERCENT_TICK = { ...TICK_STYLE, fill: CHART_COLORS.adherence };
const MEAN_DOT = { r: 4, fill: CHART_COLORS.pain, stroke: CHART_COLORS.pain };
const MEAN_ACTIVE_DOT = { r: 6, fill: CHART_COLORS.pain, stroke: CHART_COLORS.white, strokeWidth: 2 };
const CURSOR = { stroke: CHART_COLORS.muted, strokeDasharray: "3 3" };
const PEG_DASH = "6 4";
const FUNCTION_DASH = "2 3";
const FUNCTION_DOT = { r: 5, fill: CHART_COLORS.white, stroke: CHART_COLORS.function, strokeWidth: 2.5 };
const FUNCTION_ACTIVE_DOT = { r: 7, fill: CHART_COLORS.function, stroke: CHART_COLORS.white, strokeWidth: 2 };
const weekOfTick = (x: number) => String(x / 7 + 1);
const percentTick = (percent: number) => `${percent}%`;

const KEY_ITEMS: TKeyItem[] = [
  { swatch: { kind: "point", color: CHART_COLORS.muted }, text: "Pain on a check-in day (0-10)" },
  { swatch: { kind: "line", color: CHART_COLORS.pain, dot: "circle" }, text: "Weekly mean pain, at mid-week" },
  { swatch: { kind: "line", color: CHART_COLORS.peg, dot: "square", dashed: true }, text: "Weekly PEG-3 (0-10)" },
  {
    swatch: { kind: "line", color: CHART_COLORS.function, dot: "circle", dashed: true },
    text: "PSFS function score (0-10 on the pain axis; higher is better, unlike pain)",
  },
  { swatch: { kind: "bar", color: CHART_COLORS.adherence, fill: CHART_COLORS.adherenceFill }, text: "Exercises done per plan week (% of prescribed, right axis)" },
  { swatch: { kind: "marker", color: CHART_COLORS.alert }, text: "Red flag answered yes" },
  { swatch: { kind: "marker", color: CHART_COLORS.muted, dashed: true }, text: "Plan started or changed" },
  ...PHASES.map((phase): TKeyItem => ({ swatch: { kind: "band", fill: PHASE_TINTS[phase] }, text: `${PHASE_LABELS[phase]} phase (shaded)` })),
];

const KEY_ITEMS_WITHOUT_FUNCTION = KEY_ITEMS.filter((item) => item.swatch.kind !== "line" || item.swatch.color !== CHART_COLORS.function);

// Stable accessors: a new function on every render would make recharts redraw (and re-animate) the series.
const dailyPain = (row: TTrendChartRow) => row.day?.pain ?? null;
const functionScore = (row: TTrendChartRow) => row.functionScore?.score ?? null;

/** A series' value inside one unbroken span of weeks, null elsewhere: with connectNulls the line joins the span's weeks across the days between them, and no further. */
function spanValue(span: TLineSpan, valueOf: (week: TWeeklyPainPoint) => number | null) {
  return (row: TTrendChartRow) => (row.week && row.x >= span.x1 && row.x <= span.x2 ? valueOf(row.week) : null);
}

function SquareDot({ cx, cy }: Pick<DotItemDotProps, "cx" | "cy">): ReactElement {
  return typeof cx === "number" && typeof cy === "number" ? <rect x={cx - 4} y={cy - 4} width={8} height={8} fill={CHART_COLORS.peg} /> : <g />;
}

/** Renders nothing: tells the figure which day the tooltip is on, so a status region can read it out. */
function ReportActiveX({ onChange }: { onChange: (x: number | null) => void }) {
  const label = useActiveTooltipLabel();
  const active = useIsTooltipActive();
  const x = active && label !== undefined ? Number(label) : null;
  useEffect(() => onChange(x), [onChange, x]);
  return null;
}

/**
 * The episode since onset for the clinician: daily pain, weekly mean and PEG-3,
 * exercise adherence on a right-hand axis, phase bands, and red flags and plan
 * changes as labelled vertical lines. x is days since onset, so gaps in
 * check-ins show as gaps in time.
 *
 * Keyboard: Tab to the chart, then the arrow keys step through the days with
 * anything on them (recharts' accessibility layer); a status region reads each
 * day out, and Escape hides the tooltip. The same data is in the table below.
 * Desktop first; on a phone it keeps its width and scrolls sideways.
 */
export function ClinicianTrendChart({ input }: { input: TTrendChartInput }) {
  const series = useMemo(() => clinicianChartSeries(input), [input]);
  const drawing = useMemo(
    () => ({
      rowsByX: new Map(series.rows.map((row) => [row.x, row])),
      ticks: series.ticks.map((tick) => tick.x),
      meanLines: series.meanSpans.map((span) => ({ key: `mean-${span.x1}`, dataKey: spanValue(span, (week) => week.mean) })),
      pegLines: series.pegSpans.map((span) => ({ key: `peg-${span.x1}`, dataKey: spanValue(span, (week) => week.peg) })),
      markers: markerLines(series.markers, series.domain[1]),
    }),
    [series],
  );
  const [activeX, setActiveX] = useState<number | null>(null);
  const activeRow = activeX === null ? undefined : drawing.rowsByX.get(activeX);
  const announcement = activeRow ? spokenTrendRow(activeRow) : "";
  const tooltip = useTooltipDismissal();
  const fromKeyboard = useRef(false);

  function onKeyDown(event: KeyboardEvent) {
    tooltip.handlers.onKeyDown(event);
    if ((event.key === "ArrowLeft" || event.key === "ArrowRight") && event.target instanceof SVGSVGElement) {
      fromKeyboard.current = true;
      // The arrows step through the chart's days; left alone they would also scroll the sideways scroller.
      event.preventDefault();
    }
  }

  function onPointerMove() {
    tooltip.handlers.onPointerMove();
    fromKeyboard.current = false;
  }

  return (
    <figure className="space-y-3">
      <figcaption className="font-semibold">
        Since onset ({shortDate(input.onsetDate)}): daily pain, weekly mean and PEG-3{series.functionPoints.length ? ", PSFS function" : ""}, exercises done, phases and events
      </figcaption>
      <ScrollArea label="Trend chart, scrolls sideways">
        <div className="min-w-[720px]" onKeyDown={onKeyDown} onPointerMove={onPointerMove}>
          <ResponsiveContainer width="100%" height={340}>
            <ComposedChart
              data={series.rows}
              margin={MARGIN}
              aria-label={`Trend chart by day since onset: daily pain, weekly mean pain, weekly PEG-3${series.functionPoints.length ? ", PSFS function score (0 to 10, higher is better)" : ""} and exercises done, over the phases, with red flags and plan changes. Use the left and right arrow keys to step through the days.`}
            >
              {series.phaseBands.map((band) => (
                <ReferenceArea key={band.phase} yAxisId="pain" x1={band.x1} x2={band.x2} fill={PHASE_TINTS[band.phase]} fillOpacity={1} zIndex={-200} label={PHASE_BAND_LABELS[band.phase]} />
              ))}
              <CartesianGrid yAxisId="pain" vertical={false} stroke={CHART_COLORS.grid} />
              {series.adherence.map((bar) => (
                <ReferenceArea key={bar.from} yAxisId="adherence" x1={bar.left} x2={bar.right} y1={0} y2={bar.percent} fill={CHART_COLORS.adherenceFill} fillOpacity={1} stroke={CHART_COLORS.adherence} strokeWidth={1.5} zIndex={-50} />
              ))}
              <XAxis
                type="number"
                dataKey="x"
                domain={series.domain}
                ticks={drawing.ticks}
                tickFormatter={weekOfTick}
                allowDecimals={false}
                padding={X_PADDING}
                tick={TICK_STYLE}
                stroke={CHART_COLORS.muted}
                height={44}
                label={X_LABEL}
              />
              <YAxis yAxisId="pain" domain={PAIN_DOMAIN} ticks={PAIN_TICKS} tick={TICK_STYLE} stroke={CHART_COLORS.muted} width={48} label={PAIN_LABEL} />
              <YAxis
                yAxisId="adherence"
                orientation="right"
                domain={PERCENT_DOMAIN}
                ticks={PERCENT_TICKS}
                tickFormatter={percentTick}
                tick={PERCENT_TICK}
                stroke={CHART_COLORS.adherence}
                width={64}
                label={PERCENT_LABEL}
              />
              {drawing.markers.map((marker) => (
                <ReferenceLine
                  key={marker.x}
                  yAxisId="pain"
                  x={marker.x}
                  stroke={marker.redFlag ? CHART_COLORS.alert : CHART_COLORS.muted}
                  strokeWidth={2}
                  strokeDasharray={marker.redFlag ? undefined : "4 3"}
                  label={marker.Label}
                />
              ))}
              <Scatter yAxisId="pain" dataKey={dailyPain} name="Daily pain" fill={CHART_COLORS.white} stroke={CHART_COLORS.muted} strokeWidth={1.5} />
              {drawing.meanLines.map((line) => (
                <Line
                  key={line.key}
                  yAxisId="pain"
                  dataKey={line.dataKey}
                  name="Weekly mean pain"
                  connectNulls
                  stroke={CHART_COLORS.pain}
                  strokeWidth={3}
                  dot={MEAN_DOT}
                  activeDot={MEAN_ACTIVE_DOT}
                />
              ))}
              {drawing.pegLines.map((line) => (
                <Line key={line.key} yAxisId="pain" dataKey={line.dataKey} name="Weekly PEG-3" connectNulls stroke={CHART_COLORS.peg} strokeWidth={2.5} strokeDasharray={PEG_DASH} dot={SquareDot} activeDot={SquareDot} />
              ))}
              {series.functionPoints.length ? (
                <Line
                  yAxisId="pain"
                  dataKey={functionScore}
                  name="PSFS function score"
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
                isAnimationActive={false}
                cursor={CURSOR}
                content={({ active, label }: TooltipContentProps) => <TrendTooltip row={active && typeof label === "number" ? drawing.rowsByX.get(label) : undefined} fromKeyboard={fromKeyboard} />}
              />
              <ReportActiveX onChange={setActiveX} />
            </ComposedChart>
          </ResponsiveContainer>
        </div>
      </ScrollArea>
      <p role="status" className="sr-only">
        {announcement}
      </p>
      <ChartKey items={series.functionPoints.length ? KEY_ITEMS : KEY_ITEMS_WITHOUT_FUNCTION} />
      <p className="text-sm text-muted">Keyboard: Tab to the chart, then use the left and right arrow keys to step through the days; Escape hides the details box.</p>
      <ClinicianTrendTable input={input} series={series} />
    </figure>
  );
}
