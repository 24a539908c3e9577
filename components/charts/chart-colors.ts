import type { TEpisodePhase } from "@/lib/trends/phase";

/*
 * Chart colours, from the palette in app/globals.css where it has one (SVG
 * presentation attributes cannot read CSS variables, so the hex values are
 * repeated here). Contrast, measured against white and against the lightest
 * and darkest phase tint:
 * - lines, points, bar outlines and markers are 7:1 or more on white and 6:1 or
 *   more on every tint (WCAG 1.4.11 asks 3:1 of graphical objects);
 * - text is ink (12:1 or more on every tint) or alert-700 (6.5:1 or more) (WCAG 1.4.3 asks 4.5:1).
 * The tints themselves carry no meaning on their own: each band is named in text.
 */
export const CHART_COLORS = {
  ink: "#1f2933", // --color-ink
  muted: "#4a5562", // --color-muted
  pain: "#0c564e", // --color-brand-800
  alert: "#a3231b", // --color-alert-700
  peg: "#6d3fa8",
  function: "#7a4306", // 8:1 on white, 6.7:1 on the darkest phase tint
  adherence: "#2b5797",
  adherenceFill: "#dce6f4",
  grid: "#d5dae0",
  white: "#ffffff",
} as const;

export const PHASE_TINTS: Record<TEpisodePhase, string> = {
  ACUTE: "#fcefd9",
  SUBACUTE: "#e6f4f1",
  CHRONIC: "#eceaf5",
};

/** Axis tick text, large enough to read on a phone. */
export const TICK_STYLE = { fill: CHART_COLORS.ink, fontSize: 13 } as const;
