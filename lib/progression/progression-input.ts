import { z } from "zod";

/** Accepting one progression suggestion: swap the plan item's exercise for the version the suggestion named. */
export const ZApplyProgression = z.object({
  planItemId: z.string({ error: "Say which plan item to change." }).min(1, "Say which plan item to change.").max(64),
  toExerciseSlug: z.string({ error: "Say which exercise replaces it." }).min(1, "Say which exercise replaces it.").max(80),
  /** The client's key for this press (a UUID): a retried request returns what the first one made. */
  requestId: z.uuid("The request key must be a UUID."),
});

export type TApplyProgression = z.infer<typeof ZApplyProgression>;
