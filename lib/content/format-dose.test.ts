import { describe, expect, it } from "vitest";
import { formatAcceptablePain, formatDose } from "./format-dose";

describe("formatDose", () => {
  it("reads sets, reps and holds in plain words", () => {
    expect(formatDose({ sets: 2, reps: 10, holdSeconds: 5, timesPerDay: 2, daysPerWeek: 5 })).toBe("2 sets of 10, hold each 5 seconds · twice a day · 5 days a week");
    expect(formatDose({ sets: 1, holdSeconds: 30, timesPerDay: 3, daysPerWeek: 7 })).toBe("1 set, hold each 30 seconds · 3 times a day · every day");
  });

  it("reads timed activities in minutes", () => {
    expect(formatDose({ sets: 1, minutes: 10, timesPerDay: 1, daysPerWeek: 1 })).toBe("10 minutes · once a day · 1 day a week");
  });
});

describe("formatDose for exercises done on one side, then the other", () => {
  it("says each side right after the amount", () => {
    expect(formatDose({ sets: 2, reps: 10, timesPerDay: 1, daysPerWeek: 5, eachSide: true })).toBe("2 sets of 10 each side · once a day · 5 days a week");
    expect(formatDose({ sets: 3, holdSeconds: 30, timesPerDay: 1, daysPerWeek: 7, eachSide: true })).toBe("3 sets each side, hold each 30 seconds · once a day · every day");
    expect(formatDose({ sets: 2, reps: 8, holdSeconds: 5, timesPerDay: 2, daysPerWeek: 7, eachSide: true })).toBe("2 sets of 8 each side, hold each 5 seconds · twice a day · every day");
    expect(formatDose({ sets: 1, minutes: 2, timesPerDay: 1, daysPerWeek: 3, eachSide: true })).toBe("2 minutes each side · once a day · 3 days a week");
  });

  it("says nothing about sides when eachSide is false or left out", () => {
    expect(formatDose({ sets: 2, reps: 10, timesPerDay: 1, daysPerWeek: 5, eachSide: false })).not.toContain("side");
    expect(formatDose({ sets: 2, reps: 10, timesPerDay: 1, daysPerWeek: 5 })).not.toContain("side");
  });
});

describe("formatAcceptablePain", () => {
  it("names the score and that it must settle by the next morning", () => {
    expect(formatAcceptablePain(3)).toBe("Pain up to 3 out of 10 while you do it is OK, if it settles back by the next morning.");
    expect(formatAcceptablePain(0)).toMatch(/^No pain/);
  });
});
