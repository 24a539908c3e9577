import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../dates/calendar-date";
import { direction, recentSlope, theilSenSlope, type TTrendPoint } from "./theil-sen";

const start = "2026-03-01";
const series = (values: readonly (number | null)[], from = start): TTrendPoint[] =>
  values.flatMap((value, day) => (value === null ? [] : [{ date: addDays(from, day), value }]));

/** Points on distinct days 0..59 after `start`, whole-number values 0-10. */
const pointsArb = fc
  .uniqueArray(fc.record({ day: fc.integer({ min: 0, max: 59 }), value: fc.integer({ min: 0, max: 10 }) }), { selector: (entry) => entry.day, minLength: 2, maxLength: 30 })
  .map((entries) => entries.map((entry) => ({ date: addDays(start, entry.day), value: entry.value })));

describe("Theil-Sen slope", () => {
  it("is the median of the pairwise slopes, in points per week", () => {
    expect(theilSenSlope(series([7, 6, 5, 4]))).toBe(-7);
    expect(theilSenSlope(series([4, null, null, null, null, null, null, 5]))).toBe(1);
    // Per day: 1, 1, 1, 3, 4, 7 -> median 2 -> 14 a week.
    expect(theilSenSlope(series([1, 2, 3, 10]))).toBe(14);
  });

  it("has no slope for a single point or points all on one day", () => {
    expect(theilSenSlope([])).toBeNull();
    expect(theilSenSlope(series([5]))).toBeNull();
    expect(theilSenSlope([{ date: start, value: 3 }, { date: start, value: 6 }])).toBeNull();
  });

  it("counts calendar days across a daylight-saving change (2026-03-01..2026-03-20)", () => {
    const points = series(Array.from({ length: 20 }, (_, day) => 8 - day / 7)); // exactly 1 point a week down
    expect(theilSenSlope(points)).toBeCloseTo(-1, 12);
  });

  it("property: shifting every date by the same number of days keeps the slope", () => {
    fc.assert(
      fc.property(pointsArb, fc.integer({ min: -2000, max: 2000 }), (points, shift) => {
        const shifted = points.map((point) => ({ ...point, date: addDays(point.date, shift) }));
        expect(theilSenSlope(shifted)).toBe(theilSenSlope(points));
      }),
    );
  });

  it("property: adding a constant to every value keeps the slope", () => {
    fc.assert(
      fc.property(pointsArb, fc.integer({ min: -10, max: 10 }), (points, constant) => {
        const raised = points.map((point) => ({ ...point, value: point.value + constant }));
        expect(theilSenSlope(raised)).toBe(theilSenSlope(points));
      }),
    );
  });

  it("property: the order of the points does not change the slope or the direction", () => {
    fc.assert(
      fc.property(
        pointsArb.chain((points) => fc.tuple(fc.constant(points), fc.shuffledSubarray(points, { minLength: points.length }))),
        ([points, shuffled]) => {
          expect(theilSenSlope(shuffled)).toBe(theilSenSlope(points));
          expect(direction(shuffled, "2026-04-15")).toBe(direction(points, "2026-04-15"));
        },
      ),
    );
  });
});

describe("direction over the last 4 weeks", () => {
  const today = addDays(start, 27);

  it("calls a recovery from 7 to 2 over 4 weeks improving", () => {
    const points = series(Array.from({ length: 28 }, (_, day) => Math.round(7 - (5 * day) / 27)));
    expect(direction(points, today)).toBe("improving");
    expect(recentSlope(points, today)!).toBeLessThan(-1);
  });

  it("calls a flat series steady, and one bad day does not flip it", () => {
    const flat = series(Array.from({ length: 28 }, () => 6));
    expect(direction(flat, today)).toBe("steady");
    const oneBadDay = flat.map((point, day) => (day === 26 ? { ...point, value: 10 } : point));
    expect(direction(oneBadDay, today)).toBe("steady");
    expect(recentSlope(oneBadDay, today)).toBe(0);
  });

  it("calls a rise of a point a week worsening", () => {
    expect(direction(series(Array.from({ length: 28 }, (_, day) => 3 + Math.floor(day / 7))), today)).toBe("worsening");
  });

  it("uses the thresholds of 0.5 points a week inclusively", () => {
    const weekly = (values: number[]) => series(values.flatMap((value, week) => (week === 0 ? [value] : [...Array<null>(6).fill(null), value])));
    const at = addDays(start, 21);
    expect(recentSlope(weekly([5, 4.5, 4, 3.5]), at)).toBe(-0.5);
    expect(direction(weekly([5, 4.5, 4, 3.5]), at)).toBe("improving");
    expect(direction(weekly([5, 4.5, 4, 3.6]), at)).toBe("steady"); // -0.48 a week
    expect(direction(weekly([3.5, 4, 4.5, 5]), at)).toBe("worsening");
    expect(direction(weekly([3.6, 4, 4.5, 5]), at)).toBe("steady");
  });

  it("needs at least 4 check-ins covering at least 7 days", () => {
    expect(direction([], today)).toBe("not-enough-data");
    expect(direction(series([8, null, null, null, null, null, 2]), addDays(start, 6))).toBe("not-enough-data"); // 2 points
    expect(direction(series([8, 7, 6, 5, 4, 3]), addDays(start, 5))).toBe("not-enough-data"); // 6 days
    expect(direction(series([8, 7, 6, 5, 4, 3, 2]), addDays(start, 6))).toBe("improving"); // 7 days
  });

  it("looks only at the 28 days ending today", () => {
    // A steep fall weeks ago, then steady: steady now.
    const points = series([...Array.from({ length: 14 }, (_, day) => 9 - (day >> 1)), ...Array.from({ length: 28 }, () => 3)]);
    expect(direction(points, addDays(start, 41))).toBe("steady");
    expect(direction(points, addDays(start, 13))).toBe("improving");
    // Check-ins after today are not counted.
    expect(direction(series([5, 5, 5, 5, 5, 5, 5, 9, 9, 9, 9, 9, 9, 9]), addDays(start, 6))).toBe("steady");
  });
});
