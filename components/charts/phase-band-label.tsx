import type { LabelProps } from "recharts";
import { PHASE_LABELS, type TEpisodePhase } from "@/lib/trends/phase";
import { CHART_COLORS } from "./chart-colors";

const FONT_SIZE = 12;
/** A generous width per character of the system sans-serif at FONT_SIZE, so a label never overflows its band. */
const CHARACTER_WIDTH = FONT_SIZE * 0.62;

/**
 * A ReferenceArea label naming a phase band in words (colour is not the only
 * cue, WCAG 1.4.1). It sits in the margin above the band; a band too narrow for
 * the word (the acute weeks of a long episode on a phone) gets it upright inside instead.
 */
function phaseBandLabel(text: string) {
  return function PhaseBandLabel({ viewBox }: LabelProps) {
    if (!viewBox || !("width" in viewBox)) return <g />;
    const { x, y, width } = viewBox;
    const centre = x + width / 2;
    if (text.length * CHARACTER_WIDTH + 4 <= width) {
      return (
        <text x={centre} y={y - 8} textAnchor="middle" fontSize={FONT_SIZE} fontWeight={600} fill={CHART_COLORS.ink}>
          {text}
        </text>
      );
    }
    return (
      <text x={centre} y={y + 6} transform={`rotate(-90 ${centre} ${y + 6})`} textAnchor="end" dominantBaseline="central" fontSize={FONT_SIZE} fontWeight={600} fill={CHART_COLORS.ink}>
        {text}
      </text>
    );
  };
}

/** Made once, so the labels keep their identity between renders (recharts renders a function label as a component). */
export const PHASE_BAND_LABELS: Record<TEpisodePhase, ReturnType<typeof phaseBandLabel>> = {
  ACUTE: phaseBandLabel(PHASE_LABELS.ACUTE),
  SUBACUTE: phaseBandLabel(PHASE_LABELS.SUBACUTE),
  CHRONIC: phaseBandLabel(PHASE_LABELS.CHRONIC),
};
