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

/** The instrument the trend charts draw beside pain: the PSFS mean score, 0-10, higher is better. */
export const CHARTED_FUNCTION_INSTRUMENT = "psfs";

/** The charted instrument's scores from a questionnaire history, as the trend charts take them. */
export function chartedFunctionScores(history: readonly { instrumentId: string; completedOn: string; score: number }[]): { date: string; score: number }[] {
  return history.filter((entry) => entry.instrumentId === CHARTED_FUNCTION_INSTRUMENT).map((entry) => ({ date: entry.completedOn, score: entry.score }));
}

/** The function part of the one-line trend summaries: each questionnaire with scores, in plain words (empty without any). */
export function functionSentences(summaries: readonly TFunctionSummary[]): string {
  return summaries
    .flatMap((summary) => {
      if (!summary.latest) return [];
      if (summary.baseline === null) return [`Your last rating of change was ${summary.latest.score > 0 ? "+" : ""}${summary.latest.score}.`];
      if (summary.change === null) return [`${summary.shortTitle}: ${summary.latest.score} so far.`];
      const words = summary.classification === "improved" ? "up by an important amount" : summary.classification === "worsened" ? "down by an important amount" : "about the same";
      return [`${summary.shortTitle}: ${summary.latest.score}, ${words} since the start (${summary.baseline.score}).`];
    })
    .join(" ");
}
