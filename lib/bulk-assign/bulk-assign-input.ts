import { z } from "zod";

/** The most patients one bulk request may name: a page of the patient list and then some. */
export const MAX_BULK_PATIENTS = 100;

const ZPatientIds = z
  .array(z.string().min(1).max(64), { error: "Choose the patients first." })
  .min(1, "Choose at least one patient.")
  .max(MAX_BULK_PATIENTS, `Choose at most ${MAX_BULK_PATIENTS} patients at a time.`);

const ZGuideSlug = z.string({ error: "Choose a guide." }).min(1, "Choose a guide.").max(80);

/** Who would get the guide and who already has it; nothing is stored. */
export const ZBulkAssignPreview = z.object({ patientIds: ZPatientIds, guideSlug: ZGuideSlug });

/** The same guide to every chosen patient, all or nothing. */
export const ZBulkAssign = ZBulkAssignPreview.extend({
  note: z.string().trim().max(1000, "Keep the note under 1,000 characters.").optional(),
  /** The client's key for this submission (a UUID): a retried request returns what the first one did. */
  requestId: z.uuid("The request key must be a UUID."),
});

export type TBulkAssignPreviewInput = z.infer<typeof ZBulkAssignPreview>;
export type TBulkAssignInput = z.infer<typeof ZBulkAssign>;
