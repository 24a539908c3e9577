/**
 * History that changes rarely and makes some back pain more likely to be
 * serious (NICE NG59 "Low back pain and sciatica in over 16s", 2016, updated
 * 2020, https://www.nice.org.uk/guidance/ng59; NICE CKS "Back pain - low
 * (without radiculopathy)", red flags, https://cks.nice.org.uk/topics/back-pain-low-without-radiculopathy/):
 * asked once and kept on the patient's profile, never as a daily question.
 */
export const MEDICAL_HISTORY = [
  { code: "PAST_CANCER", plain: "Has had cancer" },
  { code: "OSTEOPOROSIS", plain: "Thin bones (osteoporosis)" },
  { code: "LONG_TERM_STEROIDS", plain: "Takes steroid medicine long term" },
  { code: "WEAK_IMMUNE_SYSTEM", plain: "A weak immune system (from illness or medicine)" },
  { code: "RECENT_SPINE_PROCEDURE", plain: "Had spine surgery or a spine injection recently" },
  { code: "INJECTED_DRUG_USE", plain: "Injects drugs, now or in the past" },
] as const;

export type TMedicalHistoryCode = (typeof MEDICAL_HISTORY)[number]["code"];

export const MEDICAL_HISTORY_CODES = MEDICAL_HISTORY.map((item) => item.code);

/** Plain words for a history code (the code itself for one no longer in the list). */
export function medicalHistoryPlain(code: string): string {
  return MEDICAL_HISTORY.find((item) => item.code === code)?.plain ?? code;
}
