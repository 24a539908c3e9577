import { z } from "zod";

/**
 * History that raises the weight of some back-pain signs but does not change
 * from day to day (NICE NG59, 2016 updated 2020, https://www.nice.org.uk/guidance/ng59;
 * NICE CKS "Back pain - low (without radiculopathy)", red flags, 2024,
 * https://cks.nice.org.uk/topics/back-pain-low-without-radiculopathy/). Asked
 * once, when the patient joins, kept on the profile and changed only when the
 * patient or their clinician edits it: never a daily question.
 */
export const MEDICAL_HISTORY = [
  { code: "PAST_CANCER", label: "I have had cancer", plain: "Has had cancer" },
  { code: "OSTEOPOROSIS", label: "I have thin bones (osteoporosis)", plain: "Thin bones (osteoporosis)" },
  { code: "LONG_TERM_STEROIDS", label: "I take steroid medicine, like prednisone, for a long time", plain: "Takes steroid medicine long term" },
  { code: "WEAK_IMMUNE_SYSTEM", label: "My body is less able to fight germs (a weak immune system)", plain: "A weak immune system (from illness or medicine)" },
  { code: "RECENT_SPINE_PROCEDURE", label: "I had surgery or an injection in my spine in the last few months", plain: "Had spine surgery or a spine injection recently" },
  { code: "INJECTED_DRUG_USE", label: "I inject drugs", plain: "Injects drugs" },
] as const;

export type TMedicalHistoryCode = (typeof MEDICAL_HISTORY)[number]["code"];

const HISTORY_CODES = MEDICAL_HISTORY.map((entry) => entry.code) as [TMedicalHistoryCode, ...TMedicalHistoryCode[]];

/** A history code in the clinician's plain words (the code itself for one no longer in the list). */
export function medicalHistoryPlain(code: string): string {
  return MEDICAL_HISTORY.find((item) => item.code === code)?.plain ?? code;
}

/** The codes as stored: no repeats, in list order. */
export function inHistoryOrder(codes: readonly string[]): TMedicalHistoryCode[] {
  return HISTORY_CODES.filter((code) => codes.includes(code));
}

/**
 * The history as the patient or clinician sends it. An empty list is an
 * answer ("none of these"), so the form sends `none: true` to say so on
 * purpose; a list with `none` is a contradiction worth naming.
 */
export const ZMedicalHistoryInput = z
  .object({
    medicalHistory: z.array(z.enum(HISTORY_CODES, { error: "Choose from the list." })).max(HISTORY_CODES.length * 2, "Choose from the list.").default([]),
    none: z.boolean().default(false),
  })
  .superRefine((value, context) => {
    if (value.none && value.medicalHistory.length > 0) context.addIssue({ code: "custom", path: ["medicalHistory"], message: "Tick \"None of these\" or the ones that are true, not both." });
    if (!value.none && value.medicalHistory.length === 0) context.addIssue({ code: "custom", path: ["medicalHistory"], message: "Tick the ones that are true, or \"None of these\"." });
  });

export type TMedicalHistoryInput = z.infer<typeof ZMedicalHistoryInput>;
