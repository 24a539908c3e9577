import { z } from "zod";

/** A copy of a template under a new name. */
export const ZDuplicatePlanTemplate = z.object({
  name: z.string().trim().min(1, "Give the copy a name.").max(120, "Keep the name under 120 characters."),
});
export type TDuplicatePlanTemplate = z.infer<typeof ZDuplicatePlanTemplate>;
