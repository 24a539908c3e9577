import { z } from "zod";
import type { TAnswerItem, TInstrument } from "./instrument-schema";

/*
 * Answers to one instrument, checked against its definition, and its score by
 * the definition's rule. Client-safe: the form validates with the same schema.
 *
 * Answers are { "<linkId>": value } for top-level items, and for a repeated
 * group { "<group>": [{ "<linkId>": value }, ...] }.
 */

export type TAnswerValue = number | string;
export type TAnswers = Record<string, TAnswerValue | Record<string, TAnswerValue>[]>;

function answerSchema(item: TAnswerItem): z.ZodType<TAnswerValue> {
  switch (item.type) {
    case "integer":
      return z
        .number({ error: `Choose a number from ${item.min} to ${item.max}.` })
        .int(`Choose a whole number from ${item.min} to ${item.max}.`)
        .min(item.min, `Choose a number from ${item.min} to ${item.max}.`)
        .max(item.max, `Choose a number from ${item.min} to ${item.max}.`);
    case "choice": {
      const values = item.options.map((option) => option.value);
      return z.number({ error: "Choose one answer." }).refine((value) => values.includes(value), "Choose one of the answers shown.");
    }
    case "text":
      return z
        .string({ error: "Write a few words here." })
        .trim()
        .min(1, "Write a few words here.")
        .max(item.maxLength, `Keep this under ${item.maxLength} characters.`);
  }
}

/** The zod schema of an instrument's answers: every item answered, nothing unknown. */
export function answersSchema(instrument: TInstrument): z.ZodType<TAnswers> {
  const shape: Record<string, z.ZodType> = {};
  for (const item of instrument.items) {
    if (item.type === "group") {
      const row = z.strictObject(Object.fromEntries(item.items.map((child) => [child.linkId, answerSchema(child)])));
      const plural = item.maxRepeats === 1 ? "one" : `${item.minRepeats} to ${item.maxRepeats}`;
      shape[item.linkId] = z
        .array(row, { error: `Add ${plural}.` })
        .min(item.minRepeats, `Add at least ${item.minRepeats}.`)
        .max(item.maxRepeats, `Add at most ${item.maxRepeats}.`);
    } else {
      shape[item.linkId] = answerSchema(item);
    }
  }
  return z.strictObject(shape) as unknown as z.ZodType<TAnswers>;
}

/** The numbers a score path names in these answers (every repeat of a group's item). */
function valuesAt(answers: TAnswers, path: string): number[] {
  const [head, child] = path.split(".") as [string, string | undefined];
  const value = answers[head];
  if (child === undefined) return typeof value === "number" ? [value] : [];
  return Array.isArray(value) ? value.flatMap((row) => (typeof row[child] === "number" ? [row[child]] : [])) : [];
}

/** Rounds half away from zero, as scoring manuals do by hand (Math.round rounds -2.5 to -2). */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * factor + Number.EPSILON)) / factor;
}

export class ScoringError extends Error {}

/** The score of valid answers (answersSchema first), exactly by the instrument's published rule. */
export function scoreAnswers(instrument: TInstrument, answers: TAnswers): number {
  const { scoring } = instrument;
  const values = scoring.of.flatMap((path) => valuesAt(answers, path));
  if (values.length === 0) throw new ScoringError(`${instrument.id}: nothing to score`);
  const sum = values.reduce((total, value) => total + value, 0);
  switch (scoring.method) {
    case "mean":
      return roundTo(sum / values.length, scoring.decimals);
    case "sum":
      return sum;
    case "value":
      return values[0]!;
    case "table": {
      const score = scoring.table[String(sum)];
      if (score === undefined) throw new ScoringError(`${instrument.id}: raw score ${sum} is not in the scoring table`);
      return score;
    }
  }
}

export type TFunctionChange = "improved" | "worsened" | "no-important-change";

/**
 * Whether a score shows an important change, per instrument: a change from
 * baseline of at least the minimal important change (either way), or, for a
 * rating of change, a rating at or beyond the cut-off (its mirror for worse).
 */
export function classifyFunctionChange(instrument: TInstrument, baseline: number | null, latest: number): TFunctionChange {
  const rule = instrument.importantChange;
  const better = (delta: number) => (instrument.higherIsBetter ? delta : -delta);
  if (rule.kind === "rating") {
    const signed = better(latest);
    return signed >= rule.atLeast ? "improved" : signed <= -rule.atLeast ? "worsened" : "no-important-change";
  }
  if (baseline === null) return "no-important-change";
  const delta = better(latest - baseline);
  return delta >= rule.points - 1e-9 ? "improved" : delta <= -rule.points + 1e-9 ? "worsened" : "no-important-change";
}
