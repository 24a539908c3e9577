/**
 * Red flags: signs that back pain may come from something serious. Three
 * levels (NICE NG59 "Low back pain and sciatica in over 16s", 2016, updated
 * 2020, https://www.nice.org.uk/guidance/ng59; NHS "Cauda equina syndrome",
 * https://www.nhs.uk/conditions/cauda-equina-syndrome/; GIRFT "National
 * suspected cauda equina syndrome pathway", 2023):
 * - EMERGENCY: call the emergency number or go to the emergency department now
 *   (signs of cauda equina syndrome, quickly worsening nerve loss, serious injury);
 * - URGENT: contact the clinic, a doctor or urgent care today (possible infection,
 *   cancer or fracture);
 * - ROUTINE: everything else a check-in records, for the next visit (no alert).
 * Guides list the codes that matter for them (content/README.md).
 */
export const RED_FLAG_LEVELS = ["EMERGENCY", "URGENT"] as const;
export type TRedFlagLevel = (typeof RED_FLAG_LEVELS)[number];

export const RED_FLAGS = [
  { code: "URINE_RETENTION", level: "EMERGENCY", plain: "New trouble passing urine, or a weak stream" },
  { code: "BLADDER_NUMB", level: "EMERGENCY", plain: "You cannot feel when your bladder is full" },
  { code: "BLADDER_BOWEL", level: "EMERGENCY", plain: "Leaking urine or stool, or loss of control of your bladder or bowels" },
  { code: "SADDLE_NUMBNESS", level: "EMERGENCY", plain: "Numbness around your bottom, genitals or inner thighs (where you sit on a saddle)" },
  { code: "SEXUAL_PROBLEMS", level: "EMERGENCY", plain: "New loss of feeling in your genitals, or new problems with erections or ejaculation" },
  { code: "BOTH_LEGS", level: "EMERGENCY", plain: "Sciatica in both legs: pain, numbness or tingling going down both legs" },
  { code: "WORSENING_LEG_WEAKNESS", level: "EMERGENCY", plain: "Leg weakness that is getting worse fast, or a foot that drops or drags" },
  { code: "TRAUMA", level: "EMERGENCY", plain: "Back pain after a serious accident, like a car crash or a bad fall" },
  { code: "FEVER", level: "URGENT", plain: "A fever, or feeling hot, shivery or unwell, with your back pain" },
  { code: "CANCER_HISTORY", level: "URGENT", plain: "New or worse back pain when you have had cancer" },
  { code: "WEIGHT_LOSS", level: "URGENT", plain: "Losing weight without trying" },
  { code: "FRAGILE_BONE_INJURY", level: "URGENT", plain: "Back pain after a small fall or lift when you have thin bones (osteoporosis) or take steroid medicine long term" },
  { code: "NIGHT_PAIN", level: "URGENT", plain: "Bad pain at night that does not ease when you rest or change position" },
  { code: "STEADILY_WORSE", level: "URGENT", plain: "Pain that keeps getting worse even with treatment" },
] as const satisfies readonly { code: string; level: TRedFlagLevel; plain: string }[];

export type TRedFlagCode = (typeof RED_FLAGS)[number]["code"];

/** A red flag's plain words for a code (the code itself for one no longer in the list). */
export function redFlagPlain(code: string): string {
  return RED_FLAGS.find((flag) => flag.code === code)?.plain ?? code;
}

/** A red flag's level; null for a code no longer in the list. */
export function redFlagLevel(code: string): TRedFlagLevel | null {
  return RED_FLAGS.find((flag) => flag.code === code)?.level ?? null;
}
