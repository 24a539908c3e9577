import { describe, expect, it } from "vitest";
import { longDate, mediumDate, mediumDateOfInstant, shortDate, weekdayDate, weekdayLongDate } from "./format-date";

describe("date words", () => {
  it("words a calendar date the same whatever the reader's zone", () => {
    expect(shortDate("2026-11-04")).toBe("4 Nov");
    expect(mediumDate("2026-11-04")).toBe("4 Nov 2026");
    expect(longDate("2026-11-24")).toBe("24 November 2026");
    expect(weekdayDate("2026-11-24")).toBe("Tue 24 Nov");
    expect(weekdayLongDate("2026-11-24")).toBe("Tuesday 24 November");
  });

  it("words a moment as the date it fell on in the given zone (UTC unless told)", () => {
    const lateEvening = new Date("2026-11-24T23:30:00Z");
    expect(mediumDateOfInstant(lateEvening)).toBe("24 Nov 2026");
    expect(mediumDateOfInstant(lateEvening.toISOString(), "Europe/Berlin")).toBe("25 Nov 2026");
    expect(mediumDateOfInstant(lateEvening, "America/New_York")).toBe("24 Nov 2026");
  });
});
