import { describe, expect, it } from "vitest";
import { chronicityRisk } from "./chronicity-risk";

describe("chronicity risk", () => {
  it("is raised from day 42 when the latest week is not improved", () => {
    expect(chronicityRisk("2026-01-01", "2026-02-11", { classification: "no-important-change", meanPain: 5 })).toBe(false); // day 41
    expect(chronicityRisk("2026-01-01", "2026-02-12", { classification: "no-important-change", meanPain: 5 })).toBe(true); // day 42
    expect(chronicityRisk("2026-01-01", "2026-02-12", { classification: "worsened", meanPain: 7 })).toBe(true);
    expect(chronicityRisk("2026-01-01", "2026-02-12", { classification: "improved", meanPain: 2 })).toBe(false);
  });

  it("counts calendar days across a daylight-saving change", () => {
    // 2026-03-08 (US) and 2026-03-29 (EU) fall in between.
    expect(chronicityRisk("2026-02-20", "2026-04-02", { classification: "no-important-change", meanPain: 5 })).toBe(false); // day 41
    expect(chronicityRisk("2026-02-20", "2026-04-03", { classification: "no-important-change", meanPain: 5 })).toBe(true); // day 42
  });

  it("is not raised when the pain has settled at 0 or 1, even from a first week too low to improve by 2 points", () => {
    expect(chronicityRisk("2026-01-01", "2026-03-01", { classification: "no-important-change", meanPain: 1 })).toBe(false);
    expect(chronicityRisk("2026-01-01", "2026-03-01", { classification: "no-important-change", meanPain: 0 })).toBe(false);
    expect(chronicityRisk("2026-01-01", "2026-03-01", { classification: "no-important-change", meanPain: 1.1 })).toBe(true);
    expect(chronicityRisk("2026-01-01", "2026-03-01", { classification: "worsened", meanPain: 3 })).toBe(true);
  });

  it("is not raised without any check-ins to judge", () => {
    expect(chronicityRisk("2026-01-01", "2026-06-01", null)).toBe(false);
  });
});
