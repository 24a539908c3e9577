import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../dates/calendar-date";
import { daily } from "./test-helpers";
import { weeklySeries, type TTrendCheckIn } from "./weekly-series";

const onsetDate = "2026-03-01";

/** Check-ins on distinct days 0..69 after onset with whole-number pain. */
const checkInsArb = fc
  .uniqueArray(fc.record({ day: fc.integer({ min: 0, max: 69 }), pain: fc.integer({ min: 0, max: 10 }), peg: fc.option(fc.integer({ min: 0, max: 100 }).map((tenths) => tenths / 10)) }), { selector: (entry) => entry.day, minLength: 1, maxLength: 40 })
  .map((entries): TTrendCheckIn[] => entries.map((entry) => ({ date: addDays(onsetDate, entry.day), painNow: entry.pain, pegScore: entry.peg })));

describe("weekly series", () => {
  it("groups by episode week with mean, min, max and the PEG mean", () => {
    const checkIns = [...daily(onsetDate, [7, 6, 8, 7, null, null, 6]), { date: "2026-03-03", painNow: 8, pegScore: 6.7 }];
    const [week1, ...rest] = weeklySeries({ onsetDate, checkIns });
    expect(rest).toEqual([]);
    expect(week1).toEqual({ week: 1, from: "2026-03-01", to: "2026-03-07", checkIns: 5, meanPain: 6.8, minPain: 6, maxPain: 8, pegScore: 6.7, adherence: null });
  });

  it("keeps gaps between weeks with data as empty weeks, and nothing before the first or after the last", () => {
    const checkIns = [...daily("2026-03-08", [5, 5]), ...daily("2026-03-29", [3])]; // weeks 2 and 5
    const weeks = weeklySeries({ onsetDate, checkIns });
    expect(weeks.map((week) => [week.week, week.checkIns, week.meanPain])).toEqual([
      [2, 2, 5],
      [3, 0, null],
      [4, 0, null],
      [5, 1, 3],
    ]);
    expect(weeks[1]).toMatchObject({ from: "2026-03-15", to: "2026-03-21", minPain: null, maxPain: null, pegScore: null });
  });

  it("gives a single check-in its own week, and nothing for no check-ins", () => {
    expect(weeklySeries({ onsetDate, checkIns: daily("2026-03-10", [4]) })).toMatchObject([{ week: 2, checkIns: 1, meanPain: 4, minPain: 4, maxPain: 4 }]);
    expect(weeklySeries({ onsetDate, checkIns: [] })).toEqual([]);
  });

  it("ignores check-ins dated before onset", () => {
    const weeks = weeklySeries({ onsetDate, checkIns: [...daily("2026-02-25", [9, 9, 9, 9]), ...daily(onsetDate, [5, 5])] });
    expect(weeks).toMatchObject([{ week: 1, checkIns: 2, meanPain: 5 }]);
  });

  it("keeps the last of two check-ins on one date", () => {
    const weeks = weeklySeries({ onsetDate, checkIns: [...daily(onsetDate, [8, 4]), { date: onsetDate, painNow: 2, pegScore: null }] });
    expect(weeks[0]).toMatchObject({ checkIns: 2, meanPain: 3, minPain: 2, maxPain: 4 });
  });

  it("counts weeks on calendar dates across a daylight-saving change (2026-03-08 US, 2026-03-29 EU)", () => {
    const weeks = weeklySeries({ onsetDate, checkIns: daily(onsetDate, Array.from({ length: 20 }, (_, day) => (day < 7 ? 6 : day < 14 ? 4 : 2))) });
    expect(weeks.map((week) => [week.from, week.to, week.checkIns, week.meanPain])).toEqual([
      ["2026-03-01", "2026-03-07", 7, 6],
      ["2026-03-08", "2026-03-14", 7, 4],
      ["2026-03-15", "2026-03-21", 6, 2],
    ]);
  });

  it("merges weekly adherence by week number", () => {
    const weeks = weeklySeries({
      onsetDate,
      checkIns: daily(onsetDate, [5]),
      adherence: [
        { week: 1, prescribed: 14, done: 7 },
        { week: 2, prescribed: 0, done: 0 },
        { week: 0, prescribed: 5, done: 5 },
      ],
    });
    expect(weeks.map((week) => [week.week, week.adherence])).toEqual([
      [1, { prescribed: 14, done: 7, ratio: 0.5 }],
      [2, { prescribed: 0, done: 0, ratio: null }],
    ]);
  });

  it("property: the order of the input does not change the result", () => {
    fc.assert(
      fc.property(checkInsArb.chain((checkIns) => fc.tuple(fc.constant(checkIns), fc.shuffledSubarray(checkIns, { minLength: checkIns.length }))), ([checkIns, shuffled]) => {
        expect(weeklySeries({ onsetDate, checkIns: shuffled })).toEqual(weeklySeries({ onsetDate, checkIns }));
      }),
    );
  });

  it("property: the weekly mean lies between the week's min and max", () => {
    fc.assert(
      fc.property(checkInsArb, (checkIns) => {
        for (const week of weeklySeries({ onsetDate, checkIns })) {
          if (week.checkIns === 0) continue;
          expect(week.meanPain!).toBeGreaterThanOrEqual(week.minPain!);
          expect(week.meanPain!).toBeLessThanOrEqual(week.maxPain!);
        }
      }),
    );
  });

  it("property: adding a check-in equal to a week's mean keeps that week's mean", () => {
    fc.assert(
      fc.property(checkInsArb, fc.nat(), (checkIns, pick) => {
        const weeks = weeklySeries({ onsetDate, checkIns });
        const withData = weeks.filter((week) => week.checkIns > 0 && week.checkIns < 7);
        fc.pre(withData.length > 0);
        const week = withData[pick % withData.length]!;
        const taken = new Set(checkIns.map((checkIn) => checkIn.date));
        const freeDay = Array.from({ length: 7 }, (_, day) => addDays(week.from, day)).find((date) => !taken.has(date))!;
        // The exact mean, not the rounded one, is the value that keeps it.
        const exact = checkIns.filter((checkIn) => checkIn.date >= week.from && checkIn.date <= week.to).reduce((sum, checkIn, _, all) => sum + checkIn.painNow / all.length, 0);
        const after = weeklySeries({ onsetDate, checkIns: [...checkIns, { date: freeDay, painNow: exact, pegScore: null }] });
        expect(Math.abs(after.find((other) => other.week === week.week)!.meanPain! - week.meanPain!)).toBeLessThanOrEqual(0.05 + 1e-9);
      }),
    );
  });
});
