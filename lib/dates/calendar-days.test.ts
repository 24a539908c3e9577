import { describe, expect, it } from "vitest";
import { daysBetween, episodeWeek, planWeekOn, weekOfDay } from "./calendar-days";

describe("calendar days", () => {
  it("counts whole days across a daylight-saving change and a leap day", () => {
    expect(daysBetween("2026-03-01", "2026-03-20")).toBe(19); // US spring-forward 2026-03-08, EU 2026-03-29
    expect(daysBetween("2026-10-20", "2026-11-05")).toBe(16);
    expect(daysBetween("2028-02-28", "2028-03-01")).toBe(2);
    expect(daysBetween("2026-01-10", "2026-01-01")).toBe(-9);
  });

  it("numbers weeks from 1 on day 0", () => {
    expect(weekOfDay(0)).toBe(1);
    expect(weekOfDay(6)).toBe(1);
    expect(weekOfDay(7)).toBe(2);
    expect(weekOfDay(-1)).toBe(0);
  });

  it("numbers episode weeks from 1 on the onset day", () => {
    expect(episodeWeek("2026-03-01", "2026-03-01")).toBe(1);
    expect(episodeWeek("2026-03-01", "2026-03-07")).toBe(1);
    expect(episodeWeek("2026-03-01", "2026-03-08")).toBe(2);
    expect(episodeWeek("2026-03-01", "2026-02-28")).toBe(0);
  });

  it("numbers plan weeks from 1 on the start day, 0 before it", () => {
    expect(planWeekOn("2026-11-25", "2026-11-24")).toBe(0);
    expect(planWeekOn("2026-11-25", "2026-11-10")).toBe(0);
    expect(planWeekOn("2026-11-25", "2026-11-25")).toBe(1);
    expect(planWeekOn("2026-11-25", "2026-12-01")).toBe(1);
    expect(planWeekOn("2026-11-25", "2026-12-02")).toBe(2);
  });
});
