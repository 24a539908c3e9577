import { describe, expect, it } from "vitest";
import { formatPlanDose, formatPlanWeeks, planDoseOf } from "./format-plan-item";

describe("plan item wording", () => {
  it("words a dose like the library does, ignoring the parts that are null", () => {
    expect(formatPlanDose({ sets: 2, reps: 10, holdSeconds: 5, minutes: null, timesPerDay: 2, daysPerWeek: 5 })).toBe("2 sets of 10, hold each 5 seconds · twice a day · 5 days a week");
    expect(formatPlanDose({ sets: 1, reps: null, holdSeconds: null, minutes: 20, timesPerDay: 1, daysPerWeek: 7 })).toBe("20 minutes · once a day · every day");
  });

  it("says each side for a one-sided exercise's prescribed dose", () => {
    expect(formatPlanDose({ sets: 3, reps: 8, holdSeconds: null, minutes: null, timesPerDay: 1, daysPerWeek: 4, eachSide: true })).toBe("3 sets of 8 each side · once a day · 4 days a week");
    expect(formatPlanDose({ sets: 3, reps: 8, holdSeconds: null, minutes: null, timesPerDay: 1, daysPerWeek: 4, eachSide: false })).toBe("3 sets of 8 · once a day · 4 days a week");
  });

  it("names the weeks an exercise belongs to", () => {
    expect(formatPlanWeeks(1, null)).toBeNull();
    expect(formatPlanWeeks(3, null)).toBe("From week 3");
    expect(formatPlanWeeks(1, 2)).toBe("Weeks 1–2");
    expect(formatPlanWeeks(4, 4)).toBe("Week 4");
  });
});

describe("an exercise's usual dose as a prescription", () => {
  it("turns the parts the library leaves out into nulls", () => {
    expect(planDoseOf({ sets: 2, reps: 10, timesPerDay: 1, daysPerWeek: 5 })).toEqual({ sets: 2, reps: 10, holdSeconds: null, minutes: null, timesPerDay: 1, daysPerWeek: 5 });
  });
});
