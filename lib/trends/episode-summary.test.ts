import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../dates/calendar-date";
import { episodeTrend } from "./episode-trend";
import { SUMMARY_RECENT_DAYS, summarizeEpisode, trendOnDay } from "./episode-summary";
import { daily } from "./test-helpers";

const onsetDate = "2026-03-02";

describe("episode summary", () => {
  it("keeps the baseline, the latest week and the check-ins of the last 30 days", () => {
    const checkIns = daily(onsetDate, [...Array<number>(21).fill(8), ...Array<number>(28).fill(3)]);
    const summary = summarizeEpisode(onsetDate, checkIns);
    expect(summary).toMatchObject({
      checkIns: 49,
      lastCheckInDate: addDays(onsetDate, 48),
      baseline: { week: 1, meanPain: 8 },
      latest: { week: 7, meanPain: 3, classification: "improved" },
    });
    expect(summary.recent).toHaveLength(SUMMARY_RECENT_DAYS);
    expect(summary.recent[0]).toEqual({ date: addDays(onsetDate, 48 - SUMMARY_RECENT_DAYS + 1), value: 8 }); // day 19, the last of the 8s
  });

  it("ignores check-ins before onset and is empty without any after it", () => {
    const summary = summarizeEpisode(onsetDate, daily(addDays(onsetDate, -5), [6, 6, 6]));
    expect(summary).toEqual({ checkIns: 0, lastCheckInDate: null, baseline: null, latest: null, recent: [] });
    expect(trendOnDay(summary, onsetDate, addDays(onsetDate, 60), 4)).toEqual({
      phase: "SUBACUTE",
      latest: null,
      direction: "not-enough-data",
      chronicityRisk: false,
      worsening: false,
    });
  });

  it("gives the same phase, latest week, direction and flags as the full trend on any later day", () => {
    const checkInsArb = fc
      .uniqueArray(fc.record({ day: fc.integer({ min: -5, max: 120 }), pain: fc.integer({ min: 0, max: 10 }) }), { selector: (entry) => entry.day, maxLength: 80 })
      .map((entries) => entries.map(({ day, pain }) => ({ date: addDays(onsetDate, day), painNow: pain, pegScore: null })));
    fc.assert(
      fc.property(checkInsArb, fc.integer({ min: -2, max: 60 }), fc.constantFrom(4, 6), (checkIns, daysAfterLast, acuteWeeks) => {
        const summary = summarizeEpisode(onsetDate, checkIns);
        const today = addDays(summary.lastCheckInDate ?? onsetDate, Math.max(daysAfterLast, summary.lastCheckInDate ? -2 : 0));
        const full = episodeTrend({ onsetDate, today, acuteWeeks, checkIns });
        const fromSummary = trendOnDay(summary, onsetDate, today, acuteWeeks);
        expect(fromSummary).toEqual({
          phase: full.phase,
          latest: full.latest && { week: full.latest.week, meanPain: full.latest.meanPain, classification: full.latest.classification },
          direction: full.direction,
          chronicityRisk: full.chronicityRisk,
          worsening: full.worsening,
        });
      }),
      { numRuns: 300 },
    );
  });
});
