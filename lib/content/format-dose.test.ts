import { describe, expect, it } from "vitest";
import { formatDose } from "./format-dose";

describe("formatDose", () => {
  it("reads sets, reps and holds in plain words", () => {
    expect(formatDose({ sets: 2, reps: 10, holdSeconds: 5, timesPerDay: 2, daysPerWeek: 5 })).toBe("2 sets of 10, hold each 5 seconds · twice a day · 5 days a week");
    expect(formatDose({ sets: 1, holdSeconds: 30, timesPerDay: 3, daysPerWeek: 7 })).toBe("1 set, hold each 30 seconds · 3 times a day · every day");
  });

  it("reads timed activities in minutes", () => {
    expect(formatDose({ sets: 1, minutes: 10, timesPerDay: 1, daysPerWeek: 1 })).toBe("10 minutes · once a day · 1 day a week");
  });
});
