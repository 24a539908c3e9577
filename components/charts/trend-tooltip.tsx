import { useEffect, useRef, type RefObject } from "react";
import type { TTrendChartRow } from "@/lib/trends/trend-chart-series";
import { describeTrendRow } from "./trend-row-description";

/** One day of the clinician chart in a box beside the pointer (or the point the arrow keys reached). */
export function TrendTooltip({ row, fromKeyboard }: { row: TTrendChartRow | undefined; fromKeyboard: RefObject<boolean> }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!row || !fromKeyboard.current) return;
    // On a phone the chart scrolls sideways: bring the point the arrow keys reached into view (after the tooltip has moved).
    const frame = requestAnimationFrame(() => box.current?.scrollIntoView({ block: "nearest", inline: "nearest" }));
    return () => cancelAnimationFrame(frame);
  }, [row, fromKeyboard]);
  if (!row) return null;
  const { heading, lines } = describeTrendRow(row);
  return (
    <div ref={box} className="max-w-72 rounded-md border border-gray-400 bg-white px-3 py-2 text-sm text-ink shadow">
      <p className="font-semibold">{heading}</p>
      <ul>
        {lines.map((line, index) => (
          <li key={index} className={line.alert ? "font-semibold text-alert-700" : undefined}>
            {line.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
