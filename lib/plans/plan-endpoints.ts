import { z } from "zod";
import { defineEndpoint } from "../api/endpoint-contract";
import { ZPatientParams, ZRecordId } from "../api/path-params";
import { ZRevisePlan, ZWritePlan } from "./plan-input";

const ZPlanParams = ZPatientParams.extend({ planId: ZRecordId });

/** One exercise of a template or plan version with its dose (plan items add `id` and `position`). */
export const ZPlanDoseView = z.object({
  exerciseSlug: z.string(),
  exerciseName: z.string(),
  eachSide: z.boolean().describe("The exercise is done on one side, then the other: the dose is for each side."),
  acceptablePain: z.number().int().min(0).max(10).nullable().describe("The most pain (0-10) that is OK during the exercise, if it settles by the next morning."),
  sets: z.number().int(),
  reps: z.number().int().nullable(),
  holdSeconds: z.number().int().nullable(),
  minutes: z.number().int().nullable(),
  timesPerDay: z.number().int(),
  daysPerWeek: z.number().int(),
  fromWeek: z.number().int(),
  toWeek: z.number().int().nullable(),
  instructions: z.string().nullable(),
});

const ZPlanView = z.object({
  id: z.string(),
  title: z.string(),
  startDate: z.string().describe("The plan's first day (YYYY-MM-DD, the patient's calendar); plan weeks count from it."),
  endedAt: z.string().nullable(),
  createdAt: z.string(),
  createdByName: z.string(),
  versionCount: z.number().int(),
  version: z
    .object({
      id: z.string(),
      number: z.number().int(),
      effectiveFrom: z.string(),
      instructions: z.string().nullable(),
      createdAt: z.string(),
      createdByName: z.string(),
      items: z.array(ZPlanDoseView.extend({ id: z.string(), position: z.number().int() })),
    })
    .describe("The latest version (for a retried save: the version that save stored)."),
});

export const getPatientPlansEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/patients/{patientId}/plans",
  summary: "The exercise plan the patient follows now, and (for the clinician) the plans that ended, newest first",
  tag: "Exercise plans",
  roles: ["CLINICIAN", "PATIENT"],
  params: ZPatientParams,
  response: z.object({
    current: ZPlanView.nullable(),
    history: z.array(z.object({ id: z.string(), title: z.string(), startDate: z.string(), endedAt: z.string().nullable(), versionCount: z.number().int() })),
  }),
});

export const createPlanEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/patients/{patientId}/plans",
  summary: "Give the patient a new exercise plan (the current one ends); optionally also save it as a clinic template. Idempotent on requestId",
  tag: "Exercise plans",
  roles: ["CLINICIAN"],
  params: ZPatientParams,
  body: ZWritePlan,
  response: z.object({ plan: ZPlanView, templateId: z.string().nullable() }),
  otherResponses: { 409: "The template name is taken, or the requestId was already used for something else." },
});

export const revisePlanEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/patients/{patientId}/plans/{planId}/versions",
  summary: "Change the patient's current plan: a new version from a date on (earlier versions stay as they were). Idempotent on requestId",
  tag: "Exercise plans",
  roles: ["CLINICIAN"],
  params: ZPlanParams,
  body: ZRevisePlan,
  response: z.object({ plan: ZPlanView }),
  otherResponses: { 409: "The requestId was already used for something else." },
});

export const endPlanEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/patients/{patientId}/plans/{planId}/end",
  summary: "End the patient's current plan (it stays in the history)",
  tag: "Exercise plans",
  roles: ["CLINICIAN"],
  params: ZPlanParams,
  response: z.object({ ended: z.literal(true) }),
});
