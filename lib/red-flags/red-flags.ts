/**
 * Red flags: signs that back pain may come from something serious and needs
 * urgent care (DESIGN.md: domain rules). Check-ins ask about them; guides and
 * the home page list them.
 */
export const RED_FLAGS = [
  { code: "BLADDER_BOWEL", plain: "New trouble controlling your bladder or bowels" },
  { code: "SADDLE_NUMBNESS", plain: "Numbness in your groin, buttocks or inner thighs (the area a saddle would touch)" },
  { code: "WORSENING_LEG_WEAKNESS", plain: "Weakness in your leg that is getting worse" },
  { code: "FEVER", plain: "A fever along with your back pain" },
  { code: "TRAUMA", plain: "Pain that started after a bad fall or an accident" },
  { code: "CANCER_HISTORY", plain: "New back pain and you have had cancer" },
  { code: "WEIGHT_LOSS", plain: "Weight loss you cannot explain" },
] as const;

export type TRedFlagCode = (typeof RED_FLAGS)[number]["code"];

/** A red flag's plain words for a code (the code itself for one no longer in the list). */
export function redFlagPlain(code: string): string {
  return RED_FLAGS.find((flag) => flag.code === code)?.plain ?? code;
}
