import { z } from "zod";

export const ZCareTeamInput = z.object({
  clinicianIds: z
    .array(z.string().min(1).max(100))
    .min(1, "Choose at least one clinician.")
    .max(20, "Choose at most 20 clinicians.")
    .describe("The clinicians of the patient's clinic on the care team."),
});

export type TCareTeamInput = z.input<typeof ZCareTeamInput>;
