import { z } from "zod";

export const ZAddClinicianNote = z.object({
  body: z.string().trim().min(1, "Write the note first.").max(5000, "Keep a note under 5,000 characters."),
});
