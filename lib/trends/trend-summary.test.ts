import { describe, expect, it } from "vitest";
import { addDays } from "../dates/calendar-date";
import { readability } from "../content/readability";
import { episodeTrend } from "./episode-trend";
import { daily } from "./test-helpers";
import { trendSummary } from "./trend-summary";

const onsetDate = "2026-01-05";
const weeksOf = (...means: number[]) => daily(onsetDate, means.flatMap((mean) => Array<number>(7).fill(mean)));
const summaryOn = (day: number, checkIns: ReturnType<typeof daily>) => {
  const today = addDays(onsetDate, day);
  return trendSummary(episodeTrend({ onsetDate, today, checkIns }), onsetDate, today);
};

describe("trend summary for the patient", () => {
  const cases = {
    improved: summaryOn(27, weeksOf(7, 6, 5, 4)),
    // Down from the first week, but rising over the last 4 weeks.
    improvedButRisingLately: summaryOn(41, [...weeksOf(8, 8), ...daily(addDays(onsetDate, 14), Array.from({ length: 28 }, (_, day) => 2 + Math.floor(day / 7)))]),
    worsened: summaryOn(20, weeksOf(4, 5, 7)),
    // 8 to 10 is a 25% rise: still worse (a rise of 2 points is enough).
    worsenedFromHigh: summaryOn(20, weeksOf(8, 9, 10)),
    same: summaryOn(55, weeksOf(6, 6, 6, 6, 6, 6, 6, 6)),
    // About the same as the first week, but falling over the last 4 weeks.
    sameButFalling: summaryOn(34, [...weeksOf(5), ...daily(addDays(onsetDate, 7), Array.from({ length: 28 }, (_, day) => 7 - Math.floor(day / 7)))]),
    oneWeek: summaryOn(3, daily(onsetDate, [5, 6, 7])),
    none: summaryOn(3, []),
  };

  it("names the improvement with both numbers", () => {
    expect(cases.improved).toBe("Your average pain this week is 4, down from 7 in your first week of check-ins. That is a real improvement.");
  });

  it("says when an improvement has slipped lately, calmly", () => {
    expect(cases.improvedButRisingLately).toBe("Your average pain this week is 5, down from 8 in your first week of check-ins. It has gone up a bit lately, so tell your clinician at your next visit.");
  });

  it("asks the patient to tell the clinician when pain is worse", () => {
    expect(cases.worsened).toBe("Your average pain this week is 7, up from 4 in your first week of check-ins. Please tell your clinician soon, so they can help you adjust your plan.");
    expect(cases.worsenedFromHigh).toBe("Your average pain this week is 10, up from 8 in your first week of check-ins. Please tell your clinician soon, so they can help you adjust your plan.");
  });

  it("says plainly when pain is about the same", () => {
    expect(cases.same).toBe("Your pain is about the same as in your first week of check-ins. Keep going with your plan, and tell your clinician at your next visit.");
    expect(cases.sameButFalling).toBe("Your pain is about the same as in your first week of check-ins, but it has been going down lately. Keep going with your plan.");
  });

  it("asks for more check-ins before there is a trend", () => {
    expect(cases.oneWeek).toBe("Your average pain this week is 6. Check in each day, and soon you will see how things are going.");
    expect(cases.none).toBe("Not enough check-ins yet to show a trend. Check in each day to see how things are going.");
  });

  it("says last week, or the last week of check-ins, in the past tense when this week has none", () => {
    expect(summaryOn(34, weeksOf(7, 6, 5, 4))).toMatch(/^Your average pain last week was 4,/);
    expect(summaryOn(60, weeksOf(7, 6, 5, 4))).toMatch(/^Your average pain in your last week of check-ins was 4,/);
  });

  it("is short, plain (grade 6 or below) and never says chronic", () => {
    for (const text of Object.values(cases)) {
      expect(text.split(/(?<=[.!?])\s+/).length).toBeLessThanOrEqual(2);
      expect(readability(text).grade).toBeLessThanOrEqual(6);
      expect(text).not.toMatch(/chronic|risk|danger|alarm/i);
    }
  });
});
