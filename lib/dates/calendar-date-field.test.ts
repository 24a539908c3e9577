import { describe, expect, it } from "vitest";
import { calendarDateField, isRealCalendarDate, latestTodayAnywhere, pastCalendarDateField } from "./calendar-date-field";

describe("calendar date fields", () => {
  it("knows a real day of the calendar from one that only has the shape", () => {
    expect(isRealCalendarDate("2028-02-29")).toBe(true);
    expect(isRealCalendarDate("2026-02-29")).toBe(false);
    expect(isRealCalendarDate("2026-02-30")).toBe(false);
    expect(isRealCalendarDate("2026-13-01")).toBe(false);
    expect(isRealCalendarDate("2026-1-01")).toBe(false);
  });

  it("gives one message at a time, naming the field", () => {
    const field = calendarDateField("start date");
    expect(field.safeParse("").error?.issues.map((issue) => issue.message)).toEqual(["Enter the start date."]);
    expect(field.safeParse("24/11/2026").error?.issues.map((issue) => issue.message)).toEqual(["Enter the start date as a date (YYYY-MM-DD)."]);
    expect(field.safeParse("2026-13-01").error?.issues.map((issue) => issue.message)).toEqual(["The start date is not a real date."]);
  });

  it("allows one day of slack for zones ahead of UTC, no more", () => {
    const now = new Date("2026-11-25T12:00:00Z");
    expect(latestTodayAnywhere(now)).toBe("2026-11-26");
    const field = pastCalendarDateField("date the pain began", "The pain cannot begin in the future.");
    expect(field.safeParse("2999-01-01").error?.issues.map((issue) => issue.message)).toEqual(["The pain cannot begin in the future."]);
  });
});
