import { z } from "zod";
import { calendarDateField } from "../dates/calendar-date-field";
import { ExerciseFeel, ExerciseOutcome, SkipReason } from "../db/generated/enums";
import { zeroToTen } from "../checkins/check-in-input";

/** Marking one exercise of today's plan done or skipped. Saving the same item and date again replaces the mark, so a retry stores nothing twice. */
export const ZExerciseLogInput = z
  .object({
    planItemId: z.string().min(1).max(64),
    /** The patient's local date; today or up to 7 days back. */
    date: calendarDateField("date"),
    outcome: z.enum(ExerciseOutcome, { error: "Say whether you did it or skipped it." }),
    painDuring: z.preprocess((value) => (value === "" || value === undefined ? null : value), zeroToTen("the pain during the exercise").nullable()),
    feel: z.enum(ExerciseFeel, { error: "Choose too easy, about right or too hard." }).nullable().default(null),
    skipReason: z.enum(SkipReason, { error: "Choose a reason from the list." }).nullable().default(null),
  })
  .superRefine((value, context) => {
    if (value.outcome === "SKIPPED" && (value.painDuring !== null || value.feel !== null)) {
      context.addIssue({ code: "custom", path: ["outcome"], message: "A skipped exercise has no pain or feel to record." });
    }
    if (value.outcome === "DONE" && value.skipReason !== null) {
      context.addIssue({ code: "custom", path: ["skipReason"], message: "A done exercise has no reason to skip." });
    }
  });

export type TExerciseLogInput = z.infer<typeof ZExerciseLogInput>;
