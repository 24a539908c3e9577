import { describe, expect, it } from "vitest";
import { isInPlanWeek } from "./plan-item-weeks";

describe("isInPlanWeek", () => {
  it("keeps an item to its week range; an open end runs to the plan's end", () => {
    expect(isInPlanWeek({ fromWeek: 1, toWeek: 2 }, 2)).toBe(true);
    expect(isInPlanWeek({ fromWeek: 1, toWeek: 2 }, 3)).toBe(false);
    expect(isInPlanWeek({ fromWeek: 2, toWeek: 2 }, 1)).toBe(false);
    expect(isInPlanWeek({ fromWeek: 3, toWeek: null }, 30)).toBe(true);
  });
});
