import { describe, expect, it } from "vitest";
import { chronicityRisk } from "./chronicity-risk";

describe("chronicity risk", () => {
  it("is raised from day 42 when the latest week is not improved", () => {
    expect(chronicityRisk("2026-01-01", "2026-02-11", "no-important-change")).toBe(false); // day 41
    expect(chronicityRisk("2026-01-01", "2026-02-12", "no-important-change")).toBe(true); // day 42
    expect(chronicityRisk("2026-01-01", "2026-02-12", "worsened")).toBe(true);
    expect(chronicityRisk("2026-01-01", "2026-02-12", "improved")).toBe(false);
  });

  it("counts calendar days across a daylight-saving change", () => {
    // 2026-03-08 (US) and 2026-03-29 (EU) fall in between.
    expect(chronicityRisk("2026-02-20", "2026-04-02", "no-important-change")).toBe(false); // day 41
    expect(chronicityRisk("2026-02-20", "2026-04-03", "no-important-change")).toBe(true); // day 42
  });

  it("is not raised without any check-ins to judge", () => {
    expect(chronicityRisk("2026-01-01", "2026-06-01", null)).toBe(false);
  });
});
