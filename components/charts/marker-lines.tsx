import type { ReactElement } from "react";
import type { LabelProps } from "recharts";
import type { TChartMarker } from "@/lib/trends/trend-chart-series";
import { CHART_COLORS } from "./chart-colors";

export interface TMarkerLine {
  x: number;
  redFlag: boolean;
  Label: (props: LabelProps) => ReactElement;
}

/** One vertical line per day with markers, labelled in words; labels step down in three rows so neighbours do not overlap, and turn left near the right edge. */
export function markerLines(markers: readonly TChartMarker[], end: number): TMarkerLine[] {
  const byX = new Map<number, TChartMarker[]>();
  for (const marker of markers) byX.set(marker.x, [...(byX.get(marker.x) ?? []), marker]);
  return [...byX].map(([x, onDay], index) => {
    const redFlags = onDay.filter((marker) => marker.kind === "red-flag").length;
    const words = [redFlags === 0 ? null : redFlags === 1 ? "Red flag" : `${redFlags} red flags`, redFlags < onDay.length ? "Plan" : null].filter(Boolean).join(" + ");
    const toLeft = x > end * 0.75;
    const row = index % 3;
    const color = redFlags ? CHART_COLORS.alert : CHART_COLORS.ink;
    function MarkerLabel({ viewBox }: LabelProps) {
      if (!viewBox || !("width" in viewBox)) return <g />;
      return (
        <text x={viewBox.x + (toLeft ? -5 : 5)} y={viewBox.y + 14 + row * 15} textAnchor={toLeft ? "end" : "start"} fontSize={12} fontWeight={600} fill={color} stroke={CHART_COLORS.white} strokeWidth={3} style={{ paintOrder: "stroke" }}>
          {words}
        </text>
      );
    }
    return { x, redFlag: redFlags > 0, Label: MarkerLabel };
  });
}
