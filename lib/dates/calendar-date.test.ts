import { describe, expect, it } from "vitest";
import { addDays, fromDbDate, todayIn, toDbDate } from "./calendar-date";

describe("calendar dates", () => {
  it("gives today's date in the patient's own time zone", () => {
    const lateEveningInNewYork = new Date("2026-11-25T03:30:00Z");
    expect(todayIn("America/New_York", lateEveningInNewYork)).toBe("2026-11-24");
    expect(todayIn("Europe/London", lateEveningInNewYork)).toBe("2026-11-25");
  });

  it("adds days across month ends, leap days and daylight-saving changes", () => {
    expect(addDays("2026-03-07", 2)).toBe("2026-03-09");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
  });

  it("round-trips through Postgres DATE values", () => {
    expect(fromDbDate(toDbDate("2026-11-24"))).toBe("2026-11-24");
    expect(() => toDbDate("24/11/2026")).toThrow(RangeError);
  });
});
