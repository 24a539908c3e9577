import { z } from "zod";
import { MAX_INTERVAL_DAYS, MIN_INTERVAL_DAYS } from "./schedule";

/* Inputs of the questionnaire, plan-review and discharge endpoints (client-safe: the forms parse with them). */

const ZRequestId = z.uuid("The request key must be a UUID.");

/** One completed questionnaire; the answers are checked against the instrument's definition when saved. */
export const ZQuestionnaireSubmission = z.strictObject({
  instrumentId: z.string({ error: "Choose a questionnaire." }).min(1, "Choose a questionnaire.").max(60),
  answers: z.record(z.string().max(60), z.unknown(), { error: "Answer the questions." }),
  requestId: ZRequestId,
});
export type TQuestionnaireSubmission = z.input<typeof ZQuestionnaireSubmission>;

export const ZQuestionnaireScheduleInput = z.strictObject({
  intervalDays: z
    .number({ error: "Enter a number of days." })
    .int("Enter a whole number of days.")
    .min(MIN_INTERVAL_DAYS, `Ask at most once a week (${MIN_INTERVAL_DAYS} days or more).`)
    .max(MAX_INTERVAL_DAYS, `Ask at least every ${MAX_INTERVAL_DAYS} days.`),
});
export type TQuestionnaireScheduleInput = z.input<typeof ZQuestionnaireScheduleInput>;

export const REVIEW_NOTE_MAX = 1000;
export const PLAN_REVIEW_DECISIONS = ["PLAN_CHANGED", "REFERRAL", "NO_CHANGE"] as const;

export const ZPlanReviewDecisionInput = z
  .strictObject({
    decision: z.enum(PLAN_REVIEW_DECISIONS, { error: "Choose what you decided." }),
    note: z
      .string({ error: "Write the reason as text." })
      .trim()
      .max(REVIEW_NOTE_MAX, `Keep this under ${REVIEW_NOTE_MAX.toLocaleString("en")} characters.`)
      .nullish()
      .transform((value) => (value ? value : null)),
  })
  .superRefine((input, context) => {
    if (input.decision === "NO_CHANGE" && !input.note) context.addIssue({ code: "custom", path: ["note"], message: "Say why the plan stays as it is." });
  });
export type TPlanReviewDecisionInput = z.input<typeof ZPlanReviewDecisionInput>;
