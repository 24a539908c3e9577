import { describe, expect, it } from "vitest";
import { addDays } from "../dates/calendar-date";
import { recentPainDirection } from "./recent-direction";

const TODAY = "2026-11-24";
/** Check-ins from [daysAgo, painNow] pairs. */
const days = (...pairs: [number, number][]) => pairs.map(([daysAgo, painNow]) => ({ date: addDays(TODAY, -daysAgo), painNow }));

describe("recentPainDirection", () => {
  it("compares the mean of the last 7 days with the 7 before: a point or more down is improving, up worsening", () => {
    expect(recentPainDirection(days([10, 6], [8, 6], [3, 5], [1, 5]), TODAY)).toBe("IMPROVING");
    expect(recentPainDirection(days([10, 4], [8, 4], [3, 5], [1, 5]), TODAY)).toBe("WORSENING");
    expect(recentPainDirection(days([10, 5], [8, 5], [3, 5], [1, 4]), TODAY)).toBe("STEADY");
  });

  it("counts exactly one point as a change, however the means divide", () => {
    // 16/3 - 13/3 = 1 exactly; 4.2 - 5.2 in floating point is not quite -1.
    expect(recentPainDirection(days([12, 4], [10, 4], [8, 5], [5, 5], [3, 5], [1, 6]), TODAY)).toBe("WORSENING");
    expect(recentPainDirection(days([13, 5], [11, 5], [9, 5], [8, 6], [7, 5], [6, 4], [5, 4], [4, 4], [2, 4], [0, 5]), TODAY)).toBe("IMPROVING");
    expect(recentPainDirection(days([10, 5], [8, 5], [3, 6], [1, 5]), TODAY)).toBe("STEADY");
  });

  it("takes today and the 6 days before as the last week, days 7 to 13 back as the week before, and ignores older check-ins", () => {
    expect(recentPainDirection(days([13, 8], [7, 8], [6, 2], [0, 2]), TODAY)).toBe("IMPROVING");
    expect(recentPainDirection(days([14, 9], [20, 9], [13, 3], [7, 3], [6, 3], [0, 3]), TODAY)).toBe("STEADY");
    // Day 7 back belongs to the earlier week, so the last week has one check-in only.
    expect(recentPainDirection(days([13, 8], [8, 8], [7, 2], [6, 2]), TODAY)).toBeNull();
  });

  it("has no direction with fewer than two check-ins in either week", () => {
    expect(recentPainDirection([], TODAY)).toBeNull();
    expect(recentPainDirection(days([10, 8], [3, 2], [1, 2]), TODAY)).toBeNull();
    expect(recentPainDirection(days([10, 8], [9, 8], [1, 2]), TODAY)).toBeNull();
    expect(recentPainDirection(days([5, 8], [4, 6], [3, 5], [1, 2]), TODAY)).toBeNull();
  });

  it("ignores check-ins dated after today", () => {
    expect(recentPainDirection(days([10, 5], [8, 5], [3, 5], [1, 5], [-1, 10]), TODAY)).toBe("STEADY");
  });
});
