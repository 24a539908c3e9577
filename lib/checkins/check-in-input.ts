import { z } from "zod";
import { calendarDateField } from "../dates/calendar-date-field";
import type { Prisma } from "../db/generated/client";
import { BodySide } from "../db/generated/enums";
import { SIGN_CODES } from "../red-flags/check-in-questions";

/*
 * The daily check-in as the patient sends it. One schema for the form (checked
 * before sending) and the API handler.
 */

export const PAIN_AREAS = [
  { code: "LOWER_BACK", label: "Lower back" },
  { code: "BUTTOCK", label: "Buttock" },
  { code: "BACK_OF_THIGH", label: "Back of the thigh" },
  { code: "CALF", label: "Calf" },
  { code: "FOOT", label: "Foot" },
] as const;

const PAIN_AREA_CODES = PAIN_AREAS.map((area) => area.code) as [string, ...string[]];

const rating = (label: string) =>
  z.coerce.number({ error: `Choose ${label} from 0 to 10.` }).int(`Choose ${label} from 0 to 10.`).min(0, `Choose ${label} from 0 to 10.`).max(10, `Choose ${label} from 0 to 10.`);

/**
 * A 0-10 rating (the numeric rating scale); forms send text, so numbers are
 * coerced. Missing is refused, not coerced: Number(null) would be 0, a pain
 * score nobody gave.
 */
export const zeroToTen = (label: string) => z.preprocess((value) => (value === null || value === "" ? undefined : value), rating(label));

/** The same where no answer is allowed (null). */
export const optionalZeroToTen = (label: string) => z.preprocess((value) => (value === "" || value === undefined ? null : value), rating(label).nullable());

export const ZCheckInInput = z
  .object({
    /** The patient's local date the check-in is about; the server allows today and up to 7 days back. */
    date: calendarDateField("date"),
    painNow: zeroToTen("your pain now"),
    painAreas: z.array(z.enum(PAIN_AREA_CODES, { error: "Choose where it hurts from the list." })).max(PAIN_AREAS.length).default([]),
    painSide: z.enum(BodySide, { error: "Choose left, right or both." }).nullable().default(null),
    belowKnee: z.boolean().default(false),
    numbness: z.boolean().default(false),
    weakness: z.boolean().default(false),
    activityMinutes: z.preprocess(
      (value) => (value === "" || value === undefined ? null : value),
      z.coerce.number({ error: "Enter the minutes as a number." }).int("Enter whole minutes.").min(0, "Minutes cannot be below 0.").max(1440, "A day has 1,440 minutes.").nullable(),
    ),
    sleepDisturbed: z.boolean().default(false),
    tookPainMedicine: z.boolean().default(false),
    note: z.string().trim().max(1000, "Keep the note under 1,000 characters.").optional().nullable().transform((value) => value || null),
    /**
     * Red-flag signs ticked (lib/red-flags/check-in-questions.ts). Flags that
     * depend on the patient's history are not sent: the server works them out
     * from the two answers below and the stored history.
     */
    redFlags: z.array(z.enum(SIGN_CODES, { error: "Choose the signs from the list." })).max(SIGN_CODES.length * 2, "Choose the signs from the list.").default([]),
    /** "Is your back pain new, or worse than before?": asked only with past cancer in the history; null when not asked. */
    painNewOrWorse: z.boolean({ error: "Answer yes or no." }).nullable().default(null),
    /** "Did your pain start or get worse after a small fall, bump or lift?": asked only with osteoporosis or long-term steroids. */
    painAfterSmallInjury: z.boolean({ error: "Answer yes or no." }).nullable().default(null),
    /** Weekly PEG-3: all three, or none. */
    pegPain: optionalZeroToTen("your average pain this week"),
    pegEnjoyment: optionalZeroToTen("how much pain got in the way of enjoying life"),
    pegActivity: optionalZeroToTen("how much pain got in the way of your daily activity"),
    /** The client's key for this submission (a UUID): a retry with it changes nothing. */
    requestId: z.uuid("The request key must be a UUID."),
  })
  .superRefine((value, context) => {
    const peg = [value.pegPain, value.pegEnjoyment, value.pegActivity];
    if (peg.some((answer) => answer !== null) && peg.some((answer) => answer === null)) {
      for (const [field, answer] of [["pegPain", value.pegPain], ["pegEnjoyment", value.pegEnjoyment], ["pegActivity", value.pegActivity]] as const) {
        if (answer === null) context.addIssue({ code: "custom", path: [field], message: "Answer all three weekly questions, or none." });
      }
    }
    if (value.painSide !== null && value.painAreas.length === 0) {
      context.addIssue({ code: "custom", path: ["painAreas"], message: "Choose where it hurts, or leave the side empty." });
    }
  });

export type TCheckInInput = z.infer<typeof ZCheckInInput>;

/** What is about the submission, not an answer: never stored as a column of its own. */
const NOT_STORED = ["date", "requestId", "painNewOrWorse", "painAfterSmallInjury"] as const;

/**
 * The answers as stored (every field of the schema but the date, the request
 * key and the two history questions, which only feed the red flags): pain
 * areas without repeats in the order the form lists them, and the red flags
 * the server worked out (lib/red-flags/check-in-questions.ts flagsFromAnswers).
 */
export function storedCheckInAnswers(answers: TCheckInInput, redFlags: string[]) {
  const stored = Object.fromEntries(Object.entries(answers).filter(([key]) => !(NOT_STORED as readonly string[]).includes(key))) as Omit<TCheckInInput, (typeof NOT_STORED)[number]>;
  return {
    ...stored,
    painAreas: inListOrder(answers.painAreas, PAIN_AREAS),
    redFlags,
  } satisfies Prisma.CheckInUpdateInput;
}

function inListOrder(codes: readonly string[], list: readonly { code: string }[]): string[] {
  return list.map((entry) => entry.code).filter((code) => codes.includes(code));
}

export const MAX_CHECK_INS_LISTED = 366;

/** Which check-ins to list: a range of the patient's calendar dates (both ends included) and how many at most. */
export const ZCheckInListQuery = z.object({
  from: calendarDateField("first date").optional().describe("The earliest date to include (YYYY-MM-DD, the patient's calendar)."),
  to: calendarDateField("last date").optional().describe("The latest date to include (YYYY-MM-DD, the patient's calendar)."),
  limit: z.coerce
    .number({ error: "Enter how many check-ins to list as a number." })
    .int("Enter a whole number of check-ins.")
    .min(1, "List at least 1 check-in.")
    .max(MAX_CHECK_INS_LISTED, `List at most ${MAX_CHECK_INS_LISTED} check-ins at a time.`)
    .default(60)
    .describe(`How many check-ins at most, the newest first (1-${MAX_CHECK_INS_LISTED}; 60 unless given).`),
});

export type TCheckInListQuery = z.input<typeof ZCheckInListQuery>;
