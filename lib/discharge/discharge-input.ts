import { z } from "zod";

/* What a clinician enters to discharge a patient, and the patient's "ask to be seen again" (client-safe). */

export const SELF_MANAGEMENT_MAX = 2000;
export const SEEN_AGAIN_NOTE_MAX = 500;

export const FINAL_QUESTIONNAIRE_CHOICES = [
  { value: "SENT_TO_PATIENT", label: "Send them to the patient to complete" },
  { value: "RECORDED_AT_VISIT", label: "I recorded them at this visit" },
] as const;

export const ZDischargeInput = z.strictObject({
  finalQuestionnaires: z.enum(["SENT_TO_PATIENT", "RECORDED_AT_VISIT"], { error: "Choose how the final questionnaires are done." }),
  selfManagementPlan: z
    .string({ error: "Write the self-management plan." })
    .trim()
    .min(1, "Write the self-management plan.")
    .max(SELF_MANAGEMENT_MAX, `Keep this under ${SELF_MANAGEMENT_MAX.toLocaleString("en")} characters.`),
  requestId: z.uuid("The request key must be a UUID."),
});
export type TDischargeInput = z.input<typeof ZDischargeInput>;

export const ZSeenAgainInput = z.strictObject({
  note: z
    .string({ error: "Write your message as text." })
    .trim()
    .max(SEEN_AGAIN_NOTE_MAX, `Keep this under ${SEEN_AGAIN_NOTE_MAX} characters.`)
    .nullish()
    .transform((value) => (value ? value : null)),
  requestId: z.uuid("The request key must be a UUID."),
});
export type TSeenAgainInput = z.input<typeof ZSeenAgainInput>;
