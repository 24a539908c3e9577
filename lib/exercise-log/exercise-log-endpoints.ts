import { z } from "zod";
import { defineEndpoint } from "../api/endpoint-contract";
import { ZPatientParams } from "../api/path-params";
import { ExerciseFeel, ExerciseOutcome, SkipReason } from "../db/generated/enums";
import { ZExerciseLogInput, ZExerciseLogUndoInput } from "./exercise-log-input";
import { ZPlanDoseView } from "../plans/plan-endpoints";

const ZMark = z.object({
  outcome: z.enum(ExerciseOutcome),
  painDuring: z.number().int().nullable(),
  feel: z.enum(ExerciseFeel).nullable(),
  skipReason: z.enum(SkipReason).nullable(),
});

const ZStreak = z.number().int().describe("Days in a row with at least one exercise done, up to today (up to yesterday while nothing is done yet today).");

export const getTodayExercisesEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/patients/{patientId}/exercise-log/today",
  summary: "Today's exercises from the plan the patient follows, each with today's mark, and the streak",
  tag: "Exercise log",
  roles: ["PATIENT", "CLINICIAN"],
  params: ZPatientParams,
  response: z.object({
    date: z.string().describe("Today in the patient's time zone (YYYY-MM-DD)."),
    planId: z.string().nullable(),
    planTitle: z.string().nullable().describe("Null when the patient has no plan."),
    planWeek: z.number().int().describe("The plan week today falls in (week 1 from the plan's start date); 0 without a plan or before it starts."),
    items: z.array(
      ZPlanDoseView.omit({ fromWeek: true, toWeek: true }).extend({
        planItemId: z.string(),
        log: ZMark.nullable().describe("Today's mark, or null while there is none."),
      }),
    ),
    streak: ZStreak,
  }),
});

export const saveExerciseLogEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/patients/{patientId}/exercise-log",
  summary: "The patient marks an exercise of their plan done or skipped for today or up to 7 days back; marking again replaces the mark",
  tag: "Exercise log",
  roles: ["PATIENT"],
  params: ZPatientParams,
  body: ZExerciseLogInput,
  response: z.object({ log: ZMark.extend({ planItemId: z.string(), date: z.string() }), streak: ZStreak }),
});

export const undoExerciseLogEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/patients/{patientId}/exercise-log/undo",
  summary: "The patient takes back their mark on an exercise for a day (today or up to 7 days back); undoing again changes nothing",
  tag: "Exercise log",
  roles: ["PATIENT"],
  params: ZPatientParams,
  body: ZExerciseLogUndoInput,
  response: z.object({ undone: z.boolean().describe("False when there was no mark to take back."), streak: ZStreak }),
});

export const getWeeklyAdherenceEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/patients/{patientId}/exercise-log/adherence",
  summary: "Exercise days prescribed and done in each week of the plan the patient follows, oldest first, up to this week",
  tag: "Exercise log",
  roles: ["PATIENT", "CLINICIAN"],
  params: ZPatientParams,
  response: z.object({
    planId: z.string().nullable(),
    planTitle: z.string().nullable(),
    startDate: z.string().nullable(),
    weeks: z.array(
      z.object({
        week: z.number().int().describe("Plan week, 1 from the plan's start date."),
        from: z.string(),
        to: z.string(),
        prescribed: z.number().int().describe("Sum of the days per week of the week's exercises (the version in effect on its last day so far)."),
        done: z.number().int().describe("Days done, at most each exercise's days per week."),
        skipped: z.number().int(),
        ratio: z.number().min(0).max(1).describe("done / prescribed (0 when nothing was prescribed)."),
      }),
    ),
  }),
});
