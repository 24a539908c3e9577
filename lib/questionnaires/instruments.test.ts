import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { InstrumentError, loadInstruments } from "./load-instruments";
import { answersSchema, classifyFunctionChange, roundTo, scoreAnswers } from "./score";
import type { TInstrument } from "./instrument-schema";

const FIXTURES = path.join(process.cwd(), "tools", "testing", "fixtures", "instruments");
const shipped = loadInstruments();
const byId = (id: string): TInstrument => shipped.find((instrument) => instrument.id === id)!;

describe("the shipped instrument definitions", () => {
  it("are the PSFS and the GROC, each valid, licensed in LICENSES.md and cited", () => {
    expect(shipped.map((instrument) => instrument.id)).toEqual(["groc", "psfs"]);
    const licences = readFileSync(path.join(process.cwd(), "content", "instruments", "LICENSES.md"), "utf8");
    for (const instrument of shipped) {
      expect(licences).toContain(`\`${instrument.id}.json\``);
      expect(instrument.citation.url).toMatch(/^https:\/\/doi\.org\//);
      expect(instrument.importantChange.citation.text.length).toBeGreaterThan(20);
    }
  });

  it("ship no instrument whose terms need permission (PROMIS, STarT Back, Oswestry)", () => {
    const titles = shipped.map((instrument) => instrument.title.toLowerCase()).join(" ");
    for (const name of ["promis", "start back", "oswestry"]) expect(titles).not.toContain(name);
  });
});

describe("the PSFS score (Stratford et al. 1995)", () => {
  const psfs = byId("psfs");
  it("is the mean of the activity ratings, to one decimal, with one to three activities", () => {
    // The published rule: total of the activity scores divided by the number of activities.
    expect(scoreAnswers(psfs, { activity: [{ name: "Lifting my child", rating: 3 }, { name: "Walking 1 km", rating: 5 }, { name: "Sitting at work", rating: 4 }] })).toBe(4);
    expect(scoreAnswers(psfs, { activity: [{ name: "Running", rating: 3 }, { name: "Driving", rating: 6 }] })).toBe(4.5);
    expect(scoreAnswers(psfs, { activity: [{ name: "Gardening", rating: 2 }, { name: "Stairs", rating: 2 }, { name: "Golf", rating: 3 }] })).toBe(2.3);
    expect(scoreAnswers(psfs, { activity: [{ name: "Bending", rating: 7 }] })).toBe(7);
  });

  it("judges an important change as 2 points on the mean, either way", () => {
    expect(classifyFunctionChange(psfs, 3, 5)).toBe("improved");
    expect(classifyFunctionChange(psfs, 3, 4.9)).toBe("no-important-change");
    expect(classifyFunctionChange(psfs, 6, 4)).toBe("worsened");
    expect(classifyFunctionChange(psfs, null, 9)).toBe("no-important-change");
  });

  it("refuses answers that break the definition, naming each place", () => {
    const schema = answersSchema(psfs);
    expect(schema.safeParse({ activity: [] }).success).toBe(false);
    expect(schema.safeParse({ activity: [1, 2, 3, 4].map((n) => ({ name: `A${n}`, rating: 5 })) }).success).toBe(false);
    const bad = schema.safeParse({ activity: [{ name: " ", rating: 11 }] });
    expect(bad.error?.issues.map((issue) => issue.path.join("."))).toEqual(["activity.0.name", "activity.0.rating"]);
    expect(schema.safeParse({ activity: [{ name: "Walk", rating: 5 }], extra: 1 }).success).toBe(false);
    expect(schema.safeParse({ activity: [{ name: "Walk", rating: 5.5 }] }).success).toBe(false);
  });
});

describe("the Global Rating of Change (Jaeschke 1989, 15 points)", () => {
  const groc = byId("groc");
  it("scores the rating chosen, -7 to +7, and counts +3 (somewhat better) or more as an important improvement", () => {
    const item = groc.items[0]!;
    expect(item.type === "choice" && item.options.map((option) => option.value)).toEqual([7, 6, 5, 4, 3, 2, 1, 0, -1, -2, -3, -4, -5, -6, -7]);
    expect(scoreAnswers(groc, { change: 3 })).toBe(3);
    expect(classifyFunctionChange(groc, null, 3)).toBe("improved");
    expect(classifyFunctionChange(groc, null, 2)).toBe("no-important-change");
    expect(classifyFunctionChange(groc, null, -3)).toBe("worsened");
    expect(answersSchema(groc).safeParse({ change: 8 }).success).toBe(false);
  });
});

describe("a clinic-added instrument as a definition file (the test fixture, never shipped)", () => {
  const [fixture] = loadInstruments(FIXTURES);
  it("loads from its own folder, with a raw-sum-to-score table as scoring manuals publish", () => {
    expect(fixture!.id).toBe("test-function-short-form");
    expect(scoreAnswers(fixture!, { q1: 0, q2: 0, q3: 0, q4: 0 })).toBe(60.1);
    expect(scoreAnswers(fixture!, { q1: 2, q2: 1, q3: 1, q4: 1 })).toBe(40.7);
    expect(scoreAnswers(fixture!, { q1: 2, q2: 2, q3: 2, q4: 2 })).toBe(26.7);
    expect(classifyFunctionChange(fixture!, 40.7, 43.8)).toBe("improved");
  });

  it("is refused with every problem named: a gap in the table, a bad id, no licence row", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "instruments-"));
    const source = JSON.parse(readFileSync(path.join(FIXTURES, "test-function-short-form.json"), "utf8")) as { scoring: { table: Record<string, number> } };
    delete source.scoring.table["5"];
    writeFileSync(path.join(dir, "renamed.json"), JSON.stringify(source));
    writeFileSync(path.join(dir, "broken.json"), "{ not json");
    const error = (() => {
      try {
        loadInstruments(dir);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(InstrumentError);
    const problems = (error as InstrumentError).problems.join("\n");
    expect(problems).toContain("broken.json: not valid JSON");
    expect(problems).toContain('renamed.json: id "test-function-short-form" does not match the file name');
    expect(problems).toContain("renamed.json: no row in LICENSES.md");
    expect(problems).toContain("renamed.json: scoring.table: no score for raw sum 5");
  });
});

it("rounds half away from zero, as by hand", () => {
  expect(roundTo(2.25, 1)).toBe(2.3);
  expect(roundTo(-2.25, 1)).toBe(-2.3);
  expect(roundTo(14 / 3, 1)).toBe(4.7);
});
