import { describe, expect, it } from "vitest";
import { addDays } from "../dates/calendar-date";
import { phaseStartDates } from "./phase";
import { daily } from "./test-helpers";
import type { TTrendChartAdherenceWeek, TTrendChartInput } from "./trend-chart-input";
import { clinicianChartSeries, patientChartSeries, phaseWeeks } from "./trend-chart-series";
import { shortDate } from "../dates/format-date";
import { weeklySeries, type TTrendCheckIn } from "./weekly-series";

const onsetDate = "2026-03-01";
const round2 = (value: number) => Math.round(value * 100) / 100;

/** A chart input as the trend view builds it: weeks from weeklySeries, phases from the clinic's split. */
function chartInput({ today, checkIns = [], adherence = [], markers = [], acuteWeeks = 4 }: { today: string; checkIns?: TTrendCheckIn[]; adherence?: TTrendChartAdherenceWeek[]; markers?: TTrendChartInput["markers"]; acuteWeeks?: number }): TTrendChartInput {
  return { onsetDate, today, phaseStarts: phaseStartDates(onsetDate, acuteWeeks), weeks: weeklySeries({ onsetDate, checkIns }), daily: checkIns, adherence, markers };
}

function planWeek(week: number, from: string, done: number, prescribed = 10): TTrendChartAdherenceWeek {
  return { week, from, to: addDays(from, 6), prescribed, done, ratio: done / prescribed };
}

describe("clinician chart series", () => {
  it("places days on days since onset and each week's mean on its middle day", () => {
    const series = clinicianChartSeries(chartInput({ today: "2026-03-14", checkIns: daily(onsetDate, [6, null, 8, null, null, null, null, 4], 5) }));
    expect(series.daily).toEqual([
      { x: 0, date: "2026-03-01", pain: 6, peg: 5 },
      { x: 2, date: "2026-03-03", pain: 8, peg: 5 },
      { x: 7, date: "2026-03-08", pain: 4, peg: 5 },
    ]);
    expect(series.weekly.map((week) => [week.week, week.x, week.mean, week.min, week.max, week.peg])).toEqual([
      [1, 3, 7, 6, 8, 5],
      [2, 10, 4, 4, 4, 5],
    ]);
    expect(series.domain).toEqual([0, 13]);
  });

  it("keeps a week without check-ins as a gap: the mean and PEG lines break there", () => {
    // Weeks 1, 2, then nothing in week 3, then week 4; PEG answered only in week 4.
    const checkIns = [...daily(onsetDate, [7, 7]), ...daily("2026-03-08", [6]), { date: "2026-03-22", painNow: 4, pegScore: 4.3 }];
    const series = clinicianChartSeries(chartInput({ today: "2026-03-24", checkIns }));
    expect(series.weekly.map((week) => [week.week, week.mean])).toEqual([
      [1, 7],
      [2, 6],
      [3, null],
      [4, 4],
    ]);
    expect(series.meanSpans).toEqual([
      { x1: 3, x2: 10 },
      { x1: 24, x2: 24 },
    ]);
    expect(series.pegSpans).toEqual([{ x1: 24, x2: 24 }]);
  });

  it("draws a single check-in as one point, one week and one single-point span", () => {
    const series = clinicianChartSeries(chartInput({ today: "2026-03-20", checkIns: daily("2026-03-10", [5]) }));
    expect(series.daily).toEqual([{ x: 9, date: "2026-03-10", pain: 5, peg: null }]);
    expect(series.weekly).toMatchObject([{ week: 2, x: 10, mean: 5, checkIns: 1 }]);
    expect(series.meanSpans).toEqual([{ x1: 10, x2: 10 }]);
    expect(series.rows.map((row) => [row.x, row.date, row.day?.pain ?? null, row.week?.mean ?? null])).toEqual([
      [9, "2026-03-10", 5, null],
      [10, "2026-03-11", null, 5],
    ]);
  });

  it("shows the whole first week for an episode that began today", () => {
    const empty = clinicianChartSeries(chartInput({ today: onsetDate }));
    expect(empty).toMatchObject({ domain: [0, 6], phaseBands: [{ phase: "ACUTE", x1: 0, x2: 6 }], ticks: [{ x: 0, week: 1, date: onsetDate }], rows: [], meanSpans: [] });

    const firstCheckIn = clinicianChartSeries(chartInput({ today: onsetDate, checkIns: daily(onsetDate, [8]) }));
    expect(firstCheckIn.rows.map((row) => [row.x, row.day?.pain ?? null, row.week?.mean ?? null])).toEqual([
      [0, 8, null],
      [3, null, 8],
    ]);
  });

  it("stretches the axis to the middle of the current week once it has check-ins", () => {
    // Today is day 21, the first day of week 4: its mean sits on day 24.
    const series = clinicianChartSeries(chartInput({ today: "2026-03-22", checkIns: daily("2026-03-22", [3]) }));
    expect(series.domain).toEqual([0, 24]);
    expect(series.phaseBands).toEqual([{ phase: "ACUTE", x1: 0, x2: 24 }]);
  });

  it("clips the phase bands of a chronic episode to today, starting each on its phase's first day", () => {
    // Onset 2026-03-01, today 2026-06-30 = day 121 (week 18).
    const series = clinicianChartSeries(chartInput({ today: "2026-06-30", checkIns: daily("2026-06-25", [3, 3, 2]) }));
    expect(series.domain).toEqual([0, 121]);
    expect(series.phaseBands).toEqual([
      { phase: "ACUTE", x1: 0, x2: 28 },
      { phase: "SUBACUTE", x1: 28, x2: 84 },
      { phase: "CHRONIC", x1: 84, x2: 121 },
    ]);
    // 18 week starts thinned to every 2nd week.
    expect(series.ticks.map((tick) => tick.week)).toEqual([1, 3, 5, 7, 9, 11, 13, 15, 17]);
    expect(series.ticks[1]).toEqual({ x: 14, week: 3, date: "2026-03-15" });
  });

  it("follows a clinic's 6-week acute split and leaves out phases not yet begun", () => {
    const series = clinicianChartSeries(chartInput({ today: "2026-04-20", acuteWeeks: 6 })); // day 50
    expect(series.phaseBands).toEqual([
      { phase: "ACUTE", x1: 0, x2: 42 },
      { phase: "SUBACUTE", x1: 42, x2: 50 },
    ]);
  });

  it("keeps a marker on the onset day, leaves out one before onset, and lists two on one day together", () => {
    const markers = [
      { date: "2026-02-27", kind: "plan-change" as const, label: "Plan started (version 1)" },
      { date: "2026-03-05", kind: "plan-change" as const, label: "Plan changed (version 2)" },
      { date: onsetDate, kind: "red-flag" as const, label: "Red flag: pain after a serious fall" },
      { date: "2026-03-05", kind: "red-flag" as const, label: "Red flag: fever with back pain" },
    ];
    const series = clinicianChartSeries(chartInput({ today: "2026-03-10", markers }));
    expect(series.markers).toEqual([
      { x: 0, date: onsetDate, kind: "red-flag", label: "Red flag: pain after a serious fall" },
      { x: 4, date: "2026-03-05", kind: "plan-change", label: "Plan changed (version 2)" },
      { x: 4, date: "2026-03-05", kind: "red-flag", label: "Red flag: fever with back pain" },
    ]);
    expect(series.rows.map((row) => [row.x, row.markers.length])).toEqual([
      [0, 1],
      [4, 2],
    ]);
  });

  it("leaves out check-ins dated before onset", () => {
    const series = clinicianChartSeries(chartInput({ today: "2026-03-05", checkIns: daily("2026-02-27", [9, 9, 5]) }));
    expect(series.daily.map((day) => [day.x, day.pain])).toEqual([[0, 5]]);
  });

  it("drops a plan week that ended before onset or has not begun, and clips one that straddles onset", () => {
    const adherence = [
      planWeek(1, "2026-02-20", 10), // 20-26 Feb: before this episode
      planWeek(2, "2026-02-27", 5), // 27 Feb - 5 Mar: days -2 to 4
      planWeek(3, "2026-03-06", 12), // days 5 to 11, more than prescribed
      planWeek(4, "2026-03-13", 3), // days 12 to 18: this week, today is day 13
      planWeek(5, "2026-03-20", 0), // not begun
    ];
    const series = clinicianChartSeries(chartInput({ today: "2026-03-14", adherence }));
    expect(series.adherence.map((bar) => [bar.planWeek, bar.x, round2(bar.left), round2(bar.right), bar.percent])).toEqual([
      [2, 2, 0, 4.35, 50],
      [3, 8, 4.65, 11.35, 100],
      [4, 12, 11.65, 13, 30],
    ]);
    expect(series.adherence[1]).toMatchObject({ done: 12, prescribed: 10, from: "2026-03-06", to: "2026-03-12" });
  });

  it("merges everything on one day into one row, in date order", () => {
    const series = clinicianChartSeries(
      chartInput({
        today: "2026-03-10",
        checkIns: daily(onsetDate, [6, null, null, 5]),
        adherence: [planWeek(1, onsetDate, 7)],
        markers: [{ date: "2026-03-04", kind: "plan-change", label: "Plan started (version 1)" }],
      }),
    );
    expect(series.rows).toEqual([
      { x: 0, date: "2026-03-01", day: series.daily[0], week: null, adherence: null, markers: [], functionScore: null },
      { x: 3, date: "2026-03-04", day: series.daily[1], week: series.weekly[0], adherence: series.adherence[0], markers: series.markers, functionScore: null },
    ]);
  });

  it("places PSFS scores on their day, the latest of a day, leaving out those before onset or past the axis, with a row of their own", () => {
    const input = {
      ...chartInput({ today: "2026-03-20", checkIns: daily(onsetDate, [6, 6]) }),
      functionScores: [
        { date: "2026-03-15", score: 5.3 },
        { date: "2026-02-27", score: 1 },
        { date: "2026-03-01", score: 2.7 },
        { date: "2026-03-15", score: 5.7 },
        { date: "2026-03-30", score: 9 },
      ],
    };
    const series = clinicianChartSeries(input);
    expect(series.functionPoints).toEqual([
      { x: 0, date: "2026-03-01", score: 2.7 },
      { x: 14, date: "2026-03-15", score: 5.7 },
    ]);
    expect(series.rows.map((row) => [row.x, row.day?.pain ?? null, row.functionScore?.score ?? null])).toEqual([
      [0, 6, 2.7],
      [1, 6, null],
      [3, null, null],
      [14, null, 5.7],
    ]);
    expect(clinicianChartSeries(chartInput({ today: "2026-03-20" })).functionPoints).toEqual([]);
  });
});

describe("patient chart series", () => {
  it("has one row per episode week up to this week, with gaps left null", () => {
    const checkIns = [...daily("2026-03-08", [5, 5]), ...daily("2026-03-29", [3])]; // weeks 2 and 5
    const series = patientChartSeries(chartInput({ today: "2026-04-06", checkIns })); // week 6
    expect(series.rows.map((row) => [row.week, row.mean, row.checkIns])).toEqual([
      [1, null, 0],
      [2, 5, 2],
      [3, null, 0],
      [4, null, 0],
      [5, 3, 1],
      [6, null, 0],
    ]);
    expect(series.rows[1]).toMatchObject({ from: "2026-03-08", to: "2026-03-14" });
    expect(series.domain).toEqual([0.5, 6.5]);
    expect(series.ticks).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("shows week 1 alone for an episode that began today", () => {
    const series = patientChartSeries(chartInput({ today: onsetDate, checkIns: daily(onsetDate, [7]) }));
    expect(series.rows).toEqual([{ week: 1, from: onsetDate, to: "2026-03-07", checkIns: 1, mean: 7, functionScore: null }]);
    expect(series.hasFunction).toBe(false);
    expect(series.phaseBands).toEqual([{ phase: "ACUTE", fromWeek: 1, toWeek: 1, x1: 0.5, x2: 1.5 }]);
  });

  it("puts each week's latest PSFS score on its week, beside the pain, and none past this week", () => {
    const input = {
      ...chartInput({ today: "2026-03-20", checkIns: daily(onsetDate, [6]) }), // week 3
      functionScores: [
        { date: "2026-03-02", score: 3 },
        { date: "2026-03-16", score: 4.3 },
        { date: "2026-03-15", score: 4 },
        { date: "2026-03-29", score: 8 },
      ],
    };
    const series = patientChartSeries(input);
    expect(series.rows.map((row) => [row.week, row.mean, row.functionScore])).toEqual([
      [1, 6, 3],
      [2, null, null],
      [3, null, 4.3],
    ]);
    expect(series.hasFunction).toBe(true);
  });

  it("bands the phases in weeks, clipped to this week, and thins the ticks of a long episode", () => {
    const series = patientChartSeries(chartInput({ today: "2026-06-30" })); // week 18
    expect(series.phaseBands).toEqual([
      { phase: "ACUTE", fromWeek: 1, toWeek: 4, x1: 0.5, x2: 4.5 },
      { phase: "SUBACUTE", fromWeek: 5, toWeek: 12, x1: 4.5, x2: 12.5 },
      { phase: "CHRONIC", fromWeek: 13, toWeek: 18, x1: 12.5, x2: 18.5 },
    ]);
    expect(series.ticks).toEqual([1, 3, 5, 7, 9, 11, 13, 15, 17]);
  });

  it("derives the weeks of each phase from the phase start dates", () => {
    expect(phaseWeeks({ onsetDate, phaseStarts: phaseStartDates(onsetDate, 6) })).toEqual([
      { phase: "ACUTE", fromWeek: 1, toWeek: 6 },
      { phase: "SUBACUTE", fromWeek: 7, toWeek: 12 },
      { phase: "CHRONIC", fromWeek: 13, toWeek: null },
    ]);
    const subacute = patientChartSeries(chartInput({ today: "2026-04-20", acuteWeeks: 6 })); // day 50, week 8
    expect(subacute.phaseBands.map((band) => [band.phase, band.fromWeek, band.toWeek])).toEqual([
      ["ACUTE", 1, 6],
      ["SUBACUTE", 7, 8],
    ]);
  });
});

describe("short dates", () => {
  it("reads a calendar date the same in every time zone", () => {
    expect(shortDate("2026-03-09")).toBe("9 Mar");
    expect(shortDate("2026-12-31")).toBe("31 Dec");
  });
});
