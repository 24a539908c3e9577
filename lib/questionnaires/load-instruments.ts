import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ZInstrument, type TAnswerItem, type TInstrument } from "./instrument-schema";

/*
 * The outcome questionnaires, read from their definition files
 * (content/instruments/*.json) and checked as the clinical library is: at
 * build (tools/launcher/next-process.ts) and in tests. A file that breaks a
 * rule stops the build with every problem named.
 */

export const INSTRUMENTS_DIR = path.join(process.cwd(), "content", "instruments");

export class InstrumentError extends Error {
  constructor(readonly problems: string[]) {
    super(`The instrument definitions have ${problems.length} problem(s):\n- ${problems.join("\n- ")}`);
    this.name = "InstrumentError";
  }
}

function scoredItem(instrument: TInstrument, scorePath: string): TAnswerItem | undefined {
  const [head, child] = scorePath.split(".");
  const item = instrument.items.find((candidate) => candidate.linkId === head);
  if (!item) return undefined;
  if (item.type === "group") return child ? item.items.find((candidate) => candidate.linkId === child) : undefined;
  return child ? undefined : item;
}

function numericRange(item: TAnswerItem): [number, number] | null {
  if (item.type === "integer") return [item.min, item.max];
  if (item.type === "choice") return [Math.min(...item.options.map((o) => o.value)), Math.max(...item.options.map((o) => o.value))];
  return null;
}

/** The rules the schema alone cannot state. */
export function instrumentProblems(instrument: TInstrument): string[] {
  const problems: string[] = [];
  const ids = instrument.items.flatMap((item) => [item.linkId, ...(item.type === "group" ? item.items.map((child) => `${item.linkId}.${child.linkId}`) : [])]);
  if (new Set(ids).size !== ids.length) problems.push("linkIds must be unique");
  for (const item of instrument.items) {
    if (item.type === "integer" && item.min >= item.max) problems.push(`${item.linkId}: min must be below max`);
    if (item.type === "group" && item.minRepeats > item.maxRepeats) problems.push(`${item.linkId}: minRepeats above maxRepeats`);
    if (item.type === "choice" && new Set(item.options.map((o) => o.value)).size !== item.options.length) problems.push(`${item.linkId}: option values must be unique`);
  }
  const ranges: [number, number][] = [];
  for (const scorePath of instrument.scoring.of) {
    const item = scoredItem(instrument, scorePath);
    const range = item ? numericRange(item) : null;
    if (!range) problems.push(`scoring: "${scorePath}" is not a number or choice item`);
    else ranges.push(range);
  }
  if (instrument.scoring.method === "table" && ranges.length === instrument.scoring.of.length) {
    const low = ranges.reduce((total, [min]) => total + min, 0);
    const high = ranges.reduce((total, [, max]) => total + max, 0);
    for (let raw = low; raw <= high; raw += 1) {
      if (instrument.scoring.table[String(raw)] === undefined) problems.push(`scoring.table: no score for raw sum ${raw}`);
    }
  }
  if (instrument.range.min >= instrument.range.max) problems.push("range: min must be below max");
  return problems;
}

/** Every definition in `dir`, or an InstrumentError naming each problem (file name = id, one LICENSES.md row each). */
export function loadInstruments(dir: string = INSTRUMENTS_DIR): TInstrument[] {
  const problems: string[] = [];
  if (!existsSync(/* turbopackIgnore: true */ dir)) return [];
  const licences = existsSync(/* turbopackIgnore: true */ path.join(dir, "LICENSES.md")) ? readFileSync(/* turbopackIgnore: true */ path.join(dir, "LICENSES.md"), "utf8") : "";
  const instruments = readdirSync(/* turbopackIgnore: true */ dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .flatMap((name) => {
      let data: unknown;
      try {
        data = JSON.parse(readFileSync(/* turbopackIgnore: true */ path.join(dir, name), "utf8"));
      } catch (error) {
        problems.push(`${name}: not valid JSON (${(error as Error).message})`);
        return [];
      }
      const parsed = ZInstrument.safeParse(data);
      if (!parsed.success) {
        problems.push(...parsed.error.issues.map((issue) => `${name}: ${issue.path.join(".") || "file"} ${issue.message}`));
        return [];
      }
      const instrument = parsed.data;
      if (`${instrument.id}.json` !== name) problems.push(`${name}: id "${instrument.id}" does not match the file name`);
      if (!licences.includes(`\`${name}\``)) problems.push(`${name}: no row in LICENSES.md`);
      problems.push(...instrumentProblems(instrument).map((problem) => `${name}: ${problem}`));
      return [instrument];
    });
  if (problems.length > 0) throw new InstrumentError(problems);
  return instruments;
}

let cached: TInstrument[] | undefined;

/** The shipped instruments, read once in production (the files do not change under a running server). */
export function getInstruments(): TInstrument[] {
  if (process.env.NODE_ENV !== "production") return loadInstruments();
  cached ??= loadInstruments();
  return cached;
}

export function findInstrument(id: string): TInstrument | undefined {
  return getInstruments().find((instrument) => instrument.id === id);
}
