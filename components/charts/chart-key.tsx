import type { ReactNode } from "react";
import { CHART_COLORS } from "./chart-colors";

export type TKeySwatch =
  | { kind: "line"; color: string; dashed?: boolean; dot: "circle" | "square" }
  | { kind: "point"; color: string }
  | { kind: "bar"; color: string; fill: string }
  | { kind: "band"; fill: string }
  | { kind: "marker"; color: string; dashed?: boolean };

export interface TKeyItem {
  swatch: TKeySwatch;
  text: ReactNode;
}

/** A chart's legend in words: the small drawing beside each entry is decoration, the words carry the meaning. */
export function ChartKey({ items }: { items: readonly TKeyItem[] }) {
  return (
    <ul aria-label="Chart key" className="flex flex-wrap gap-x-5 gap-y-2 text-sm">
      {items.map((item, index) => (
        <li key={index} className="flex items-center gap-2">
          <Swatch swatch={item.swatch} />
          <span>{item.text}</span>
        </li>
      ))}
    </ul>
  );
}

function Swatch({ swatch }: { swatch: TKeySwatch }) {
  return (
    <svg width="28" height="16" viewBox="0 0 28 16" aria-hidden="true" focusable="false" className="shrink-0">
      {swatchShape(swatch)}
    </svg>
  );
}

function swatchShape(swatch: TKeySwatch): ReactNode {
  switch (swatch.kind) {
    case "line":
      return (
        <>
          <line x1="1" y1="8" x2="27" y2="8" stroke={swatch.color} strokeWidth="2.5" strokeDasharray={swatch.dashed ? "5 3" : undefined} />
          {swatch.dot === "circle" ? <circle cx="14" cy="8" r="4" fill={swatch.color} /> : <rect x="10" y="4" width="8" height="8" fill={swatch.color} />}
        </>
      );
    case "point":
      return <circle cx="14" cy="8" r="4.5" fill={CHART_COLORS.white} stroke={swatch.color} strokeWidth="1.5" />;
    case "bar":
      return <rect x="7" y="2" width="14" height="13" fill={swatch.fill} stroke={swatch.color} strokeWidth="1.5" />;
    case "band":
      return <rect x="1" y="1" width="26" height="14" fill={swatch.fill} stroke={CHART_COLORS.grid} />;
    case "marker":
      return <line x1="14" y1="1" x2="14" y2="15" stroke={swatch.color} strokeWidth="2" strokeDasharray={swatch.dashed ? "2 2" : undefined} />;
  }
}
