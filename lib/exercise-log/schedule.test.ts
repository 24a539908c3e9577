import { describe, expect, it } from "vitest";
import { dueOn, planWeekDates, streakOf, versionOn, weeklyAdherence, type TScheduleLog, type TSchedulePlan } from "./schedule";

const item = (id: string, exerciseId: string, daysPerWeek: number, fromWeek = 1, toWeek: number | null = null) => ({ id, exerciseId, daysPerWeek, fromWeek, toWeek });

/*
 * A plan from Monday 2 March 2026 (weekdays play no part):
 *   version 1 from 2 March: bridge 3 days a week, walking 7 days a week in week 1, bird dog 5 days a week from week 2
 *   version 2 from 12 March (week 2, day 4): bridge 4 days a week, bird dog as before (new plan items)
 */
const PLAN: TSchedulePlan = {
  startDate: "2026-03-02",
  versions: [
    { number: 2, effectiveFrom: "2026-03-12", items: [item("bridge-2", "bridge", 4), item("bird-dog-2", "bird-dog", 5, 2)] },
    { number: 1, effectiveFrom: "2026-03-02", items: [item("bridge-1", "bridge", 3), item("walk-1", "walking", 7, 1, 1), item("bird-dog-1", "bird-dog", 5, 2)] },
  ],
};

const ids = (items: { id: string }[]) => items.map((row) => row.id);
const logs = (planItemId: string, outcome: "DONE" | "SKIPPED", ...dates: string[]): TScheduleLog[] => dates.map((date) => ({ planItemId, date, outcome }));

describe("which exercises are due on a date", () => {
  it("takes the version with the latest effectiveFrom on or before the date, the higher number on a tie", () => {
    expect(versionOn(PLAN.versions, "2026-03-01")).toBeNull();
    expect(versionOn(PLAN.versions, "2026-03-02")?.number).toBe(1);
    expect(versionOn(PLAN.versions, "2026-03-11")?.number).toBe(1);
    expect(versionOn(PLAN.versions, "2026-03-12")?.number).toBe(2);
    expect(versionOn(PLAN.versions, "2027-01-01")?.number).toBe(2);
    const tie = [
      { number: 3, effectiveFrom: "2026-03-20" },
      { number: 5, effectiveFrom: "2026-03-20" },
      { number: 4, effectiveFrom: "2026-03-20" },
    ];
    expect(versionOn(tie, "2026-03-20")?.number).toBe(5);
  });

  it("is nothing before the plan starts, then the version's items in that plan week", () => {
    expect(dueOn(PLAN, "2026-03-01")).toEqual({ week: 0, version: null, items: [] });
    expect(dueOn(PLAN, "2026-03-02")).toMatchObject({ week: 1, version: { number: 1 } });
    expect(ids(dueOn(PLAN, "2026-03-02").items)).toEqual(["bridge-1", "walk-1"]);
    expect(ids(dueOn(PLAN, "2026-03-08").items)).toEqual(["bridge-1", "walk-1"]);
    // Week 2: walking ends, bird dog starts; the change applies from the 12th only.
    expect(dueOn(PLAN, "2026-03-09").week).toBe(2);
    expect(ids(dueOn(PLAN, "2026-03-09").items)).toEqual(["bridge-1", "bird-dog-1"]);
    expect(ids(dueOn(PLAN, "2026-03-11").items)).toEqual(["bridge-1", "bird-dog-1"]);
    expect(ids(dueOn(PLAN, "2026-03-12").items)).toEqual(["bridge-2", "bird-dog-2"]);
    expect(dueOn(PLAN, "2026-03-30").week).toBe(5);
  });

  it("gives each plan week its first and last day, across month ends", () => {
    expect(planWeekDates("2026-03-02", 1)).toEqual({ from: "2026-03-02", to: "2026-03-08" });
    expect(planWeekDates("2026-03-02", 5)).toEqual({ from: "2026-03-30", to: "2026-04-05" });
  });
});

describe("the streak", () => {
  it("counts days in a row with something done, up to today", () => {
    expect(streakOf(["2026-03-11", "2026-03-12", "2026-03-13"], "2026-03-13")).toBe(3);
    expect(streakOf(["2026-03-13", "2026-03-12", "2026-03-12", "2026-03-08"], "2026-03-13")).toBe(2);
    expect(streakOf(["2026-02-28", "2026-03-01"], "2026-03-01")).toBe(2);
  });

  it("does not look broken in the morning: with nothing done yet today it counts up to yesterday", () => {
    expect(streakOf(["2026-03-10", "2026-03-11", "2026-03-12"], "2026-03-13")).toBe(3);
  });

  it("is 0 after a day with nothing done, or with nothing at all", () => {
    expect(streakOf(["2026-03-10", "2026-03-11"], "2026-03-13")).toBe(0);
    expect(streakOf([], "2026-03-13")).toBe(0);
    // A mark for a later day (another time zone's today) does not count.
    expect(streakOf(["2026-03-14"], "2026-03-13")).toBe(0);
  });
});

describe("weekly adherence", () => {
  const LOGS = [
    // Week 1: bridge on 4 days (3 prescribed), walking on 5 of 7, skipped once.
    ...logs("bridge-1", "DONE", "2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05"),
    ...logs("walk-1", "DONE", "2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06"),
    ...logs("walk-1", "SKIPPED", "2026-03-07"),
    // Week 2: bridge on 2 days before the change and 2 after (the 12th marked under both versions counts once).
    ...logs("bridge-1", "DONE", "2026-03-09", "2026-03-10", "2026-03-12"),
    ...logs("bridge-2", "DONE", "2026-03-12", "2026-03-13"),
    ...logs("bird-dog-1", "DONE", "2026-03-09"),
    ...logs("bird-dog-1", "SKIPPED", "2026-03-10"),
    ...logs("bird-dog-2", "SKIPPED", "2026-03-12"),
    // Not an item of this plan: left out.
    ...logs("another-plan", "DONE", "2026-03-11", "2026-03-12"),
  ];

  it("measures each plan week against its version, capping each exercise at its days per week", () => {
    expect(weeklyAdherence(PLAN, LOGS, "2026-03-13")).toEqual([
      { week: 1, from: "2026-03-02", to: "2026-03-08", prescribed: 10, done: 8, skipped: 1, ratio: 0.8 },
      // The week under way counts against version 2 (in effect today) and its whole week: bridge 4 + bird dog 5.
      { week: 2, from: "2026-03-09", to: "2026-03-15", prescribed: 9, done: 5, skipped: 2, ratio: 5 / 9 },
    ]);
  });

  it("takes a finished week's version from its last day", () => {
    const weeks = weeklyAdherence(PLAN, LOGS, "2026-03-16");
    expect(weeks.map((week) => [week.week, week.prescribed])).toEqual([
      [1, 10],
      [2, 9],
      [3, 9],
    ]);
    expect(weeks[2]).toMatchObject({ done: 0, skipped: 0, ratio: 0 });
  });

  it("has no weeks before the plan starts and counts nothing with no logs", () => {
    expect(weeklyAdherence(PLAN, LOGS, "2026-03-01")).toEqual([]);
    expect(weeklyAdherence(PLAN, [], "2026-03-02")).toEqual([{ week: 1, from: "2026-03-02", to: "2026-03-08", prescribed: 10, done: 0, skipped: 0, ratio: 0 }]);
  });
});
