import { describe, expect, it } from "vitest";
import { progressionSignal, type TProgressionMark } from "./progression-rules";

const mark = (date: string, feel: TProgressionMark["feel"], painDuring: number | null = null, outcome: TProgressionMark["outcome"] = "DONE"): TProgressionMark => ({
  date,
  outcome,
  feel,
  painDuring,
});

describe("progressionSignal", () => {
  it("suggests a harder version after three 'too easy' marks in a row, whatever order they come in", () => {
    const signal = progressionSignal([mark("2026-11-03", "TOO_EASY"), mark("2026-11-01", "TOO_EASY"), mark("2026-11-02", "TOO_EASY")], 3);
    expect(signal).toEqual({ direction: "harder", dates: ["2026-11-03", "2026-11-02", "2026-11-01"], reason: 'Marked "too easy" the last 3 times' });
  });

  it("needs the three latest felt marks to be 'too easy': two are not enough, and an 'about right' in between resets the run", () => {
    expect(progressionSignal([mark("2026-11-02", "TOO_EASY"), mark("2026-11-03", "TOO_EASY")], 3)).toBeNull();
    expect(progressionSignal([mark("2026-11-01", "TOO_EASY"), mark("2026-11-02", "ABOUT_RIGHT"), mark("2026-11-03", "TOO_EASY"), mark("2026-11-04", "TOO_EASY")], 3)).toBeNull();
  });

  it("skips marks without a feel and skipped days when counting 'too easy'", () => {
    const marks = [mark("2026-11-01", "TOO_EASY"), mark("2026-11-02", null), mark("2026-11-03", "TOO_EASY"), mark("2026-11-04", null, null, "SKIPPED"), mark("2026-11-05", "TOO_EASY")];
    expect(progressionSignal(marks, 3)?.direction).toBe("harder");
  });

  it("does not call an exercise easy when it hurt more than its acceptable pain", () => {
    expect(progressionSignal([mark("2026-11-01", "TOO_EASY"), mark("2026-11-02", "TOO_EASY"), mark("2026-11-03", "TOO_EASY", 5)], 3)).toBeNull();
  });

  it("suggests an easier version after two 'too hard' marks among the last three times done", () => {
    const signal = progressionSignal([mark("2026-11-01", "TOO_HARD"), mark("2026-11-02", "ABOUT_RIGHT"), mark("2026-11-03", "TOO_HARD")], 3);
    expect(signal).toEqual({ direction: "easier", dates: ["2026-11-03", "2026-11-01"], reason: 'Marked "too hard" 2 of the last 3 times' });
  });

  it("counts pain above the exercise's acceptable pain as too hard, and pain at it as fine", () => {
    expect(progressionSignal([mark("2026-11-01", "ABOUT_RIGHT", 4), mark("2026-11-02", null, 5)], 3)).toMatchObject({
      direction: "easier",
      reason: 'Marked "too hard" or pain above 3/10 2 of the last 2 times',
    });
    expect(progressionSignal([mark("2026-11-01", "ABOUT_RIGHT", 3), mark("2026-11-02", null, 3)], 3)).toBeNull();
    expect(progressionSignal([mark("2026-11-01", "ABOUT_RIGHT", 9), mark("2026-11-02", null, 9)], null)).toBeNull();
  });

  it("lets an old 'too hard' fall out of the window of the last three", () => {
    expect(progressionSignal([mark("2026-11-01", "TOO_HARD"), mark("2026-11-02", "ABOUT_RIGHT"), mark("2026-11-03", "ABOUT_RIGHT"), mark("2026-11-04", "TOO_HARD")], 3)).toBeNull();
  });

  it("prefers easier when the marks say both", () => {
    const marks = [mark("2026-11-01", "TOO_EASY"), mark("2026-11-02", "TOO_EASY"), mark("2026-11-03", "TOO_EASY", 6), mark("2026-11-04", "TOO_EASY", 6)];
    expect(progressionSignal(marks, 3)?.direction).toBe("easier");
  });

  it("says nothing without marks", () => {
    expect(progressionSignal([], 3)).toBeNull();
  });
});
