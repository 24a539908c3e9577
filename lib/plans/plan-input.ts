import { z } from "zod";
import { calendarDateField } from "../dates/calendar-date-field";

/*
 * What a clinician sends to write an exercise plan or a plan template. One
 * schema for the plan builder form and the API handlers.
 */

const count = (label: string, max: number) =>
  z.coerce.number({ error: `Enter the ${label} as a number.` }).int(`The ${label} must be a whole number.`).min(1, `The ${label} must be at least 1.`).max(max, `The ${label} can be at most ${max}.`);

/** Empty, missing or null means "not part of this dose". */
const optionalCount = (label: string, max: number) => z.preprocess((value) => (value === "" || value === undefined ? null : value), count(label, max).nullable());

const ZOptionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `Keep the ${label} under ${max.toLocaleString("en")} characters.`)
    .optional()
    .nullable()
    .transform((value) => value || null);

/** One exercise of a plan with its dose, in the order the patient does them. */
export const ZPlanItemInput = z
  .object({
    exerciseSlug: z.string().min(1, "Choose an exercise.").max(80),
    sets: count("number of sets", 10),
    reps: optionalCount("number of reps", 100),
    holdSeconds: optionalCount("hold time", 600),
    minutes: optionalCount("number of minutes", 180),
    timesPerDay: count("times per day", 10),
    daysPerWeek: count("days per week", 7),
    /** Plan weeks it is done in: week 1 starts on the plan's start date; no toWeek = to the end. */
    fromWeek: z.preprocess((value) => (value === "" || value === null ? undefined : value), count("first week", 52).default(1)),
    toWeek: optionalCount("last week", 52),
    instructions: ZOptionalText(500, "instructions"),
  })
  .superRefine((item, context) => {
    if (item.reps === null && item.holdSeconds === null && item.minutes === null) {
      context.addIssue({ code: "custom", path: ["reps"], message: "Give reps, a hold time or minutes." });
    }
    if (item.toWeek !== null && item.toWeek < item.fromWeek) {
      context.addIssue({ code: "custom", path: ["toWeek"], message: "The last week cannot come before the first week." });
    }
  });

const ZItems = z.array(ZPlanItemInput).min(1, "Add at least one exercise.").max(30, "A plan can have at most 30 exercises.");

const ZTitle = z.string({ error: "Give the plan a title." }).trim().min(1, "Give the plan a title.").max(120, "Keep the title under 120 characters.");
const ZRequestId = z.uuid("The request key must be a UUID.");

/** A new plan for a patient (it replaces the plan they follow now). Changes to a plan use ZRevisePlan. */
export const ZWritePlan = z.object({
  title: ZTitle,
  /** The plan's first day, in the patient's calendar: at most 30 days ago, at most a year ahead (checked against the patient's today). */
  startDate: calendarDateField("start date"),
  instructions: ZOptionalText(2000, "instructions"),
  items: ZItems,
  /** The client's key for this submission (a UUID): a retried save returns what the first one stored. */
  requestId: ZRequestId,
  /** Also save these exercises and doses as a clinic template with this name. */
  saveAsTemplate: ZOptionalText(120, "template name"),
});

/**
 * A change to the patient's current plan: a new version with its own items
 * (the earlier versions stay as they were). The title may change too.
 */
export const ZRevisePlan = z.object({
  title: ZTitle,
  instructions: ZOptionalText(2000, "instructions"),
  items: ZItems,
  requestId: ZRequestId,
  /** The patient's calendar date the change applies from; empty = today in the patient's time zone. */
  effectiveFrom: z.preprocess((value) => (value === "" || value === null ? undefined : value), calendarDateField("date the change applies from").optional()),
});

/** A clinic template: a named plan without a patient or a start date. */
export const ZWritePlanTemplate = z.object({
  name: z.string().trim().min(1, "Give the template a name.").max(120, "Keep the name under 120 characters."),
  description: ZOptionalText(500, "description"),
  instructions: ZOptionalText(2000, "instructions"),
  items: ZItems,
});

export type TPlanItemInput = z.infer<typeof ZPlanItemInput>;
export type TWritePlan = z.infer<typeof ZWritePlan>;
export type TRevisePlan = z.infer<typeof ZRevisePlan>;
export type TWritePlanTemplate = z.infer<typeof ZWritePlanTemplate>;

