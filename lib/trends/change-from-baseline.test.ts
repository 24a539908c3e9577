import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { baselineWeek, changeFromBaseline, classifyChange } from "./change-from-baseline";
import { daily } from "./test-helpers";
import { weeklySeries } from "./weekly-series";

describe("change from baseline", () => {
  it("takes the first week with check-ins as the baseline", () => {
    const weeks = weeklySeries({ onsetDate: "2026-03-01", checkIns: daily("2026-03-08", [6, 7]), adherence: [{ week: 1, prescribed: 7, done: 7 }] });
    expect(weeks.map((week) => week.week)).toEqual([1, 2]);
    expect(baselineWeek(weeks)).toMatchObject({ week: 2, meanPain: 6.5 });
    expect(baselineWeek([])).toBeNull();
  });

  it("gives the change in points and as a percentage of the baseline", () => {
    expect(changeFromBaseline(7, 4)).toEqual({ points: -3, percent: -43 });
    expect(changeFromBaseline(6.3, 6.8)).toEqual({ points: 0.5, percent: 8 });
    expect(changeFromBaseline(0, 3)).toEqual({ points: 3, percent: null });
  });

  it("needs both 2 points and 30% for an improvement (Farrar 2001; Ostelo 2008)", () => {
    expect(classifyChange(7, 4)).toBe("improved");
    expect(classifyChange(10, 7)).toBe("improved"); // exactly 3 points and 30%
    expect(classifyChange(6.6, 4.6)).toBe("improved"); // exactly 2 points (no floating-point residue), 30.3%
    expect(classifyChange(7, 5)).toBe("no-important-change"); // 2 points but 28.6%
    expect(classifyChange(3, 1.5)).toBe("no-important-change"); // 50% but 1.5 points
    expect(classifyChange(5, 5)).toBe("no-important-change");
  });

  it("reads a drop of 2 points that is under 30% as no important change", () => {
    expect(classifyChange(8, 6)).toBe("no-important-change"); // 25%
    expect(classifyChange(6, 4)).toBe("improved"); // 33%
  });

  it("reads a rise of 2 points as worsened, whatever the baseline (no 30% rule upwards)", () => {
    expect(classifyChange(8, 10)).toBe("worsened"); // 25%: never worse under a 30% rule
    expect(classifyChange(7.7, 9.7)).toBe("worsened");
    expect(classifyChange(6.7, 8.7)).toBe("worsened");
    expect(classifyChange(7, 9)).toBe("worsened");
    expect(classifyChange(4, 6)).toBe("worsened");
    expect(classifyChange(0, 2)).toBe("worsened");
    expect(classifyChange(8, 9.9)).toBe("no-important-change");
    expect(classifyChange(3, 4.5)).toBe("no-important-change");
    expect(classifyChange(0, 1.9)).toBe("no-important-change");
  });

  it("property: a fall is never worse, a rise never better, and worse is exactly a rise of 2 points", () => {
    const score = fc.integer({ min: 0, max: 100 }).map((tenths) => tenths / 10);
    fc.assert(
      fc.property(score, score, (baseline, mean) => {
        const forward = classifyChange(baseline, mean);
        expect(["improved", "worsened", "no-important-change"]).toContain(forward);
        if (mean < baseline) expect(forward).not.toBe("worsened");
        if (mean > baseline) expect(forward).not.toBe("improved");
        if (mean === baseline) expect(forward).toBe("no-important-change");
        expect(forward === "worsened").toBe(Math.round(mean * 10) - Math.round(baseline * 10) >= 20);
      }),
    );
  });
});
