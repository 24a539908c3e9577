import { describe, expect, it } from "vitest";
import { ageOn } from "./age";

describe("ageOn", () => {
  it("counts whole years, the birthday itself included", () => {
    expect(ageOn("1980-06-15", "2026-06-14")).toBe(45);
    expect(ageOn("1980-06-15", "2026-06-15")).toBe(46);
    expect(ageOn("1980-06-15", "2026-12-01")).toBe(46);
  });

  it("takes a 29 February birthday as reached on 1 March in other years", () => {
    expect(ageOn("2000-02-29", "2025-02-28")).toBe(24);
    expect(ageOn("2000-02-29", "2025-03-01")).toBe(25);
  });
});
