import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { addDays } from "../dates/calendar-date";
import type { TCurrentPlanSchedule } from "../exercise-log/plan-schedule";
import { EXERCISE_DAYS_AHEAD, EXERCISE_DAYS_BACK, exerciseCalendar } from "./exercise-calendar";

const today = "2026-11-25";
const dose = { sets: 2, reps: 10, holdSeconds: null, minutes: null, timesPerDay: 1, daysPerWeek: 5, instructions: null, position: 0, exerciseSlug: "x", eachSide: false, acceptablePain: 3 };

function plan(startDate: string): TCurrentPlanSchedule {
  return {
    id: "plan-1",
    title: "Back, week by week; gently, then more",
    startDate,
    versions: [
      {
        number: 1,
        effectiveFrom: startDate,
        items: [
          { ...dose, id: "a", exerciseId: "bridge", exerciseName: "Bridge", fromWeek: 1, toWeek: 2 },
          { ...dose, id: "b", exerciseId: "walk", exerciseName: "Walking — brisk, outdoors ☀️", fromWeek: 1, toWeek: null, sets: 1, reps: null, minutes: 20, daysPerWeek: 7 },
        ],
      },
    ],
  };
}

function parse(document: string) {
  const calendar = new ICAL.Component(ICAL.parse(document));
  return calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
}

describe("the exercise calendar (iCalendar)", () => {
  it("parses with ical.js: an all-day event for each exercise day in the window, with the day's exercises and doses", () => {
    const document = exerciseCalendar({ feedId: "feed1", today, plan: plan(addDays(today, -3)), onsetDate: "2026-11-02", baseUrl: "https://clinic.example", now: new Date("2026-11-25T10:00:00Z") });
    expect(document.split("\r\n").every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const events = parse(document);
    const exerciseDays = events.filter((event) => event.summary.startsWith("Home exercises"));
    // From the plan's start (3 days ago, inside the week back) to the end of the window ahead.
    expect(exerciseDays).toHaveLength(3 + 1 + EXERCISE_DAYS_AHEAD);
    const first = exerciseDays[0]!;
    expect(first.startDate.isDate).toBe(true);
    expect(first.startDate.toString()).toBe(addDays(today, -3));
    expect(first.summary).toBe("Home exercises (2)");
    // Escaped commas and semicolons and a folded line with non-ASCII text come back exactly.
    expect(first.description).toContain("Back, week by week; gently, then more\n- Bridge: 2 sets of 10");
    expect(first.description).toContain("- Walking — brisk, outdoors ☀️: ");
    expect(first.description).toContain("https://clinic.example/dashboard");
    // The bridge ends with plan week 2: week 3 lists the walk only.
    expect(exerciseDays.find((event) => event.startDate.toString() === addDays(today, -3 + 14))!.summary).toBe("Home exercises (1)");
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
  });

  it("says each side for an exercise done on one side, then the other", () => {
    const oneSided = plan(today);
    oneSided.versions[0]!.items[0] = { ...oneSided.versions[0]!.items[0]!, exerciseName: "Clamshell", eachSide: true };
    const [first] = parse(exerciseCalendar({ feedId: "f", today, plan: oneSided, onsetDate: null, baseUrl: "https://clinic.example", now: new Date() }));
    expect(first!.description).toContain("- Clamshell: 2 sets of 10 each side · once a day");
    expect(first!.description).not.toMatch(/Walking[^\n]*each side/);
  });

  it("has a weekly check-in reminder at 6 pm local time from the onset's weekday, with an alarm", () => {
    const events = parse(exerciseCalendar({ feedId: "feed1", today, plan: null, onsetDate: "2026-11-02", baseUrl: "https://clinic.example", now: new Date() }));
    expect(events).toHaveLength(1);
    const [reminder] = events;
    expect(reminder!.summary).toBe("BackTrack weekly check-in");
    expect(reminder!.startDate.toString()).toBe("2026-11-02T18:00:00");
    expect(reminder!.startDate.zone?.tzid).toBe("floating");
    expect(reminder!.isRecurring()).toBe(true);
    const next = reminder!.iterator();
    next.next();
    expect(next.next()?.toString()).toBe("2026-11-09T18:00:00");
    expect(reminder!.component.getFirstSubcomponent("valarm")).not.toBeNull();
  });

  it("lists nothing from more than a week back, and nothing without a plan or an episode", () => {
    const events = parse(exerciseCalendar({ feedId: "f", today, plan: plan("2026-01-01"), onsetDate: null, baseUrl: "https://clinic.example", now: new Date() }));
    expect(events).toHaveLength(EXERCISE_DAYS_BACK + 1 + EXERCISE_DAYS_AHEAD);
    expect(events[0]!.startDate.toString()).toBe(addDays(today, -EXERCISE_DAYS_BACK));
    expect(parse(exerciseCalendar({ feedId: "f", today, plan: null, onsetDate: null, baseUrl: "https://clinic.example", now: new Date() }))).toEqual([]);
  });
});
