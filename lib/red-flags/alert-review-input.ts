import { z } from "zod";
import { AlertReviewOutcome } from "../db/generated/enums";

export const REVIEW_NOTE_MAX_LENGTH = 1000;

export const ALERT_REVIEW_OUTCOMES = Object.values(AlertReviewOutcome);

/** What a clinician did about an alert, in the words the form and the history show. */
export const OUTCOME_LABELS: Record<AlertReviewOutcome, string> = {
  CALLED_PATIENT: "Called the patient",
  SENT_TO_EMERGENCY_CARE: "Sent to emergency care",
  BOOKED_APPOINTMENT: "Booked an appointment",
  NO_ACTION_NEEDED: "Nothing needed",
};

/**
 * A review: what was done, and why. "Nothing needed" must say why, so a
 * dismissed alert is never left without a reason in the record.
 */
export const ZAlertReview = z
  .object({
    outcome: z.enum(AlertReviewOutcome, { error: "Choose what you did." }),
    note: z
      .string({ error: "The reason must be text." })
      .trim()
      .max(REVIEW_NOTE_MAX_LENGTH, `Keep the reason to ${REVIEW_NOTE_MAX_LENGTH.toLocaleString("en")} characters or fewer.`)
      .optional()
      .transform((note) => note || undefined)
      .describe(`Why (required when nothing was needed; at most ${REVIEW_NOTE_MAX_LENGTH} characters).`),
  })
  .superRefine((review, context) => {
    if (review.outcome === "NO_ACTION_NEEDED" && !review.note) {
      context.addIssue({ code: "custom", path: ["note"], message: "Say why nothing was needed." });
    }
  });

export type TAlertReview = z.output<typeof ZAlertReview>;
export type TAlertReviewInput = z.input<typeof ZAlertReview>;
