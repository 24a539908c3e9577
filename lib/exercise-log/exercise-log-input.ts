import { z } from "zod";
import { calendarDateField } from "../dates/calendar-date-field";
import { ExerciseFeel, ExerciseOutcome, SkipReason } from "../db/generated/enums";
import { optionalZeroToTen } from "../checkins/check-in-input";

/** The plan item marked: one of the exercises due on that day. */
const ZPlanItemId = z.string({ error: "Choose an exercise from your plan." }).min(1, "Choose an exercise from your plan.").max(64, "Choose an exercise from your plan.");

/** Marking one exercise of today's plan done or skipped. Saving the same item and date again replaces the mark, so a retry stores nothing twice. */
export const ZExerciseLogInput = z
  .object({
    planItemId: ZPlanItemId,
    /** The patient's local date; today or up to 7 days back. */
    date: calendarDateField("date"),
    outcome: z.enum(ExerciseOutcome, { error: "Say whether you did it or skipped it." }),
    painDuring: optionalZeroToTen("the pain during the exercise"),
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

/** Taking back a mark: the same item and date. Undoing a mark that is not there changes nothing. */
export const ZExerciseLogUndoInput = z.object({
  planItemId: ZPlanItemId,
  /** The patient's local date; today or up to 7 days back. */
  date: calendarDateField("date"),
});

export type TExerciseLogUndoInput = z.infer<typeof ZExerciseLogUndoInput>;
