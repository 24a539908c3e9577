import { describe, expect, it } from "vitest";
import { chartedFunctionScores, functionSentences, summarizeFunction } from "./function-summary";
import { loadInstruments } from "./load-instruments";

const [groc, psfs] = loadInstruments();

describe("function beside pain", () => {
  it("compares the latest PSFS with the first, by its own 2-point rule, whatever order the scores come in", () => {
    const summary = summarizeFunction(psfs!, [
      { completedOn: "2026-03-30", score: 5.7 },
      { completedOn: "2026-03-02", score: 3.3 },
      { completedOn: "2026-03-16", score: 4 },
    ]);
    expect(summary).toMatchObject({ baseline: { score: 3.3 }, latest: { score: 5.7 }, change: 2.4, classification: "improved" });
    expect(summarizeFunction(psfs!, [{ completedOn: "2026-03-02", score: 3.3 }])).toMatchObject({ change: null, classification: null });
  });

  it("judges a rating of change on its own, without a baseline", () => {
    expect(summarizeFunction(groc!, [{ completedOn: "2026-03-16", score: 2 }])).toMatchObject({ baseline: null, classification: "no-important-change" });
  });

  it("says it in plain words for the one-line summaries, and nothing without scores", () => {
    const sentences = functionSentences([
      summarizeFunction(psfs!, [
        { completedOn: "2026-03-02", score: 3.3 },
        { completedOn: "2026-03-30", score: 5.7 },
      ]),
      summarizeFunction(groc!, [{ completedOn: "2026-03-30", score: 4 }]),
    ]);
    expect(sentences).toBe("PSFS: 5.7, up by an important amount since the start (3.3). Your last rating of change was +4.");
    expect(functionSentences([])).toBe("");
  });

  it("charts the PSFS scores only (a rating of change is not a score over time)", () => {
    const history = [
      { instrumentId: "psfs", completedOn: "2026-03-02", score: 3.3 },
      { instrumentId: "groc", completedOn: "2026-03-16", score: 2 },
      { instrumentId: "psfs", completedOn: "2026-03-16", score: 4 },
    ];
    expect(chartedFunctionScores(history)).toEqual([
      { date: "2026-03-02", score: 3.3 },
      { date: "2026-03-16", score: 4 },
    ]);
  });
});
