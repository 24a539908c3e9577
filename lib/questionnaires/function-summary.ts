import type { TInstrument } from "./instrument-schema";
import { classifyFunctionChange, roundTo, type TFunctionChange } from "./score";

/*
 * An instrument's scores over an episode: the first (baseline) and the latest,
 * and whether the latest shows an important change by that instrument's own
 * rule (lib/questionnaires/score.ts). Client-safe: the charts and the
 * sentences use it as the server does.
 */

export interface TFunctionScore {
  completedOn: string;
  score: number;
}

export interface TFunctionSummary {
  instrumentId: string;
  shortTitle: string;
  baseline: TFunctionScore | null;
  latest: TFunctionScore | null;
  /** latest minus baseline (null for a rating of change, or with one score). */
  change: number | null;
  classification: TFunctionChange | null;
}

export function summarizeFunction(instrument: TInstrument, scores: readonly TFunctionScore[]): TFunctionSummary {
  const sorted = [...scores].sort((a, b) => (a.completedOn < b.completedOn ? -1 : a.completedOn > b.completedOn ? 1 : 0));
  const baseline = instrument.importantChange.kind === "change" ? (sorted[0] ?? null) : null;
  const latest = sorted.at(-1) ?? null;
  const comparable = baseline !== null && latest !== null && sorted.length > 1;
  const classification = latest === null ? null : instrument.importantChange.kind === "rating" || comparable ? classifyFunctionChange(instrument, baseline?.score ?? null, latest.score) : null;
  return {
    instrumentId: instrument.id,
    shortTitle: instrument.shortTitle,
    baseline,
    latest,
    change: comparable ? roundTo(latest.score - baseline.score, 1) : null,
    classification,
  };
}

const CHANGE_WORDS: Record<TFunctionChange, string> = {
  improved: "improved by an important amount",
  worsened: "worse by an important amount",
  "no-important-change": "no important change",
};

/** One plain sentence about function for the trend summaries, or null without scores. */
export function functionSentence(instrument: TInstrument, summary: TFunctionSummary): string | null {
  const { latest } = summary;
  if (!latest) return null;
  if (instrument.importantChange.kind === "rating") {
    return `${summary.shortTitle}: latest rating ${latest.score > 0 ? "+" : ""}${latest.score} (${CHANGE_WORDS[summary.classification ?? "no-important-change"]}).`;
  }
  if (summary.change === null || summary.baseline === null) return `${summary.shortTitle}: ${latest.score} of ${instrument.range.max} at the start (one score so far).`;
  const signed = `${summary.change > 0 ? "+" : ""}${summary.change}`;
  return `${summary.shortTitle}: ${summary.baseline.score} → ${latest.score} (${signed}, ${CHANGE_WORDS[summary.classification ?? "no-important-change"]}).`;
}
