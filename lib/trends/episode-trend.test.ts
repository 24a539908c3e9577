import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../dates/calendar-date";
import { episodeTrend } from "./episode-trend";
import { daily } from "./test-helpers";
import type { TTrendCheckIn } from "./weekly-series";

const onsetDate = "2026-01-05";

describe("episode trend", () => {
  it("shows a recovery from 7 to 2 over 4 weeks as improved and improving", () => {
    const checkIns = daily(onsetDate, Array.from({ length: 28 }, (_, day) => Math.round(7 - (5 * day) / 27)));
    const trend = episodeTrend({ onsetDate, today: addDays(onsetDate, 27), acuteWeeks: 4, checkIns });
    expect(trend.phase).toBe("ACUTE");
    expect(trend.phaseStarts).toEqual({ ACUTE: "2026-01-05", SUBACUTE: "2026-02-02", CHRONIC: "2026-03-30" });
    expect(trend.weeks.map((week) => week.meanPain)).toEqual([6.4, 5.3, 3.7, 2.6]);
    expect(trend.baseline).toEqual({ week: 1, meanPain: 6.4 });
    expect(trend.latest).toEqual({ week: 4, meanPain: 2.6, changePoints: -3.8, changePercent: -59, classification: "improved" });
    expect(trend.direction).toBe("improving");
    expect(trend.slopePerWeek!).toBeLessThan(-1);
    expect(trend.chronicityRisk).toBe(false);
    expect(trend.worsening).toBe(false);
  });

  it("flags a flat 6 for 8 weeks at day 56 as a chronicity risk, steady", () => {
    const trend = episodeTrend({ onsetDate, today: addDays(onsetDate, 56), acuteWeeks: 6, checkIns: daily(onsetDate, Array<number>(56).fill(6)) });
    expect(trend.phase).toBe("SUBACUTE");
    expect(trend.weeks).toHaveLength(8);
    expect(trend.latest).toMatchObject({ week: 8, meanPain: 6, changePoints: 0, changePercent: 0, classification: "no-important-change" });
    expect(trend.direction).toBe("steady");
    expect(trend.slopePerWeek).toBe(0);
    expect(trend.chronicityRisk).toBe(true);
    expect(trend.worsening).toBe(false);
  });

  it("marks a rise of 2 points or more as worsening", () => {
    const checkIns = daily(onsetDate, [...Array<number>(7).fill(4), ...Array<number>(7).fill(5), ...Array<number>(7).fill(7)]);
    const trend = episodeTrend({ onsetDate, today: addDays(onsetDate, 20), checkIns });
    expect(trend.latest).toMatchObject({ changePoints: 3, changePercent: 75, classification: "worsened" });
    expect(trend.worsening).toBe(true);
    expect(trend.direction).toBe("worsening");
  });

  it("marks a rise of 2 points from a high baseline as worsening (no 30% rule upwards)", () => {
    const checkIns = daily(onsetDate, [...Array<number>(7).fill(8), ...Array<number>(7).fill(10)]);
    const trend = episodeTrend({ onsetDate, today: addDays(onsetDate, 13), checkIns });
    expect(trend.latest).toMatchObject({ changePoints: 2, changePercent: 25, classification: "worsened" });
    expect(trend.worsening).toBe(true);
  });

  it("has no baseline, latest or direction without check-ins", () => {
    const trend = episodeTrend({ onsetDate, today: addDays(onsetDate, 60), checkIns: [] });
    expect(trend).toMatchObject({ weeks: [], baseline: null, latest: null, direction: "not-enough-data", slopePerWeek: null, chronicityRisk: false, worsening: false });
  });

  it("with a single check-in, has a baseline that is also the latest week, and no direction", () => {
    const trend = episodeTrend({ onsetDate, today: onsetDate, checkIns: daily(onsetDate, [5]) });
    expect(trend.baseline).toEqual({ week: 1, meanPain: 5 });
    expect(trend.latest).toEqual({ week: 1, meanPain: 5, changePoints: 0, changePercent: 0, classification: "no-important-change" });
    expect(trend.direction).toBe("not-enough-data");
  });

  it("keeps gaps and compares the last week with data", () => {
    const checkIns = [...daily(onsetDate, [8, 8, 8]), ...daily(addDays(onsetDate, 35), [4, 4, 4])]; // weeks 1 and 6
    const trend = episodeTrend({ onsetDate, today: addDays(onsetDate, 50), checkIns });
    expect(trend.weeks.map((week) => week.checkIns)).toEqual([3, 0, 0, 0, 0, 3]);
    expect(trend.latest).toMatchObject({ week: 6, classification: "improved" });
    expect(trend.chronicityRisk).toBe(false);
    expect(trend.direction).toBe("not-enough-data"); // 3 check-ins in the last 4 weeks
  });

  it("ignores check-ins before onset, also for the direction", () => {
    const before = daily(addDays(onsetDate, -10), Array<number>(10).fill(10));
    const after = daily(onsetDate, [5, 5, 5, 5, 5, 5, 5]);
    const trend = episodeTrend({ onsetDate, today: addDays(onsetDate, 6), checkIns: [...before, ...after] });
    expect(trend.weeks.map((week) => week.week)).toEqual([1]);
    expect(trend.baseline).toEqual({ week: 1, meanPain: 5 });
    expect(trend.direction).toBe("steady");
  });

  it("gives the same result across a daylight-saving change as on other dates", () => {
    const values = Array.from({ length: 20 }, (_, day) => 8 - Math.floor(day / 4));
    const acrossDst = episodeTrend({ onsetDate: "2026-03-01", today: "2026-03-20", checkIns: daily("2026-03-01", values) });
    const plain = episodeTrend({ onsetDate: "2026-06-01", today: "2026-06-20", checkIns: daily("2026-06-01", values) });
    expect(acrossDst.weeks.map((week) => week.from)).toEqual(["2026-03-01", "2026-03-08", "2026-03-15"]);
    // Everything but the dates themselves is the same.
    const undated = (trend: typeof plain) => ({
      ...trend,
      phaseStarts: null,
      weeks: trend.weeks.map((week) => ({ ...week, from: null, to: null })),
    });
    expect(undated(acrossDst)).toEqual(undated(plain));
  });

  it("property: backfilled (unsorted) check-ins give the same result as sorted ones", () => {
    const checkInsArb = fc
      .uniqueArray(fc.record({ day: fc.integer({ min: -5, max: 70 }), pain: fc.integer({ min: 0, max: 10 }), peg: fc.option(fc.integer({ min: 0, max: 10 })) }), { selector: (entry) => entry.day, maxLength: 50 })
      .map((entries): TTrendCheckIn[] => entries.map((entry) => ({ date: addDays(onsetDate, entry.day), painNow: entry.pain, pegScore: entry.peg })));
    fc.assert(
      fc.property(checkInsArb, fc.integer({ min: 0, max: 80 }), (checkIns, todayDay) => {
        const today = addDays(onsetDate, todayDay);
        const sorted = [...checkIns].sort((a, b) => a.date.localeCompare(b.date));
        const backfilled = [...sorted].reverse();
        expect(episodeTrend({ onsetDate, today, checkIns: backfilled })).toEqual(episodeTrend({ onsetDate, today, checkIns: sorted }));
        expect(episodeTrend({ onsetDate, today, checkIns })).toEqual(episodeTrend({ onsetDate, today, checkIns: sorted }));
      }),
    );
  });

  it("property: worsening is never raised together with an improvement", () => {
    const checkInsArb = fc
      .uniqueArray(fc.record({ day: fc.integer({ min: 0, max: 70 }), pain: fc.integer({ min: 0, max: 10 }) }), { selector: (entry) => entry.day, maxLength: 50 })
      .map((entries): TTrendCheckIn[] => entries.map((entry) => ({ date: addDays(onsetDate, entry.day), painNow: entry.pain, pegScore: null })));
    fc.assert(
      fc.property(checkInsArb, (checkIns) => {
        const trend = episodeTrend({ onsetDate, today: addDays(onsetDate, 70), checkIns });
        if (trend.worsening) expect(trend.latest?.classification).not.toBe("improved");
        if (trend.latest?.classification === "improved") expect(trend.worsening).toBe(false);
      }),
    );
  });
});
