import { z } from "zod";

export const ZAssignGuides = z.object({
  guides: z.array(z.string().min(1).max(80)).min(1, "Choose at least one guide.").max(20),
  note: z.string().trim().max(1000, "Keep the note under 1,000 characters.").optional(),
});
