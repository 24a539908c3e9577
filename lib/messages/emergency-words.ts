import type { TRedFlagCode } from "../red-flags/red-flags";

/*
 * The messaging safety net: words in a patient's message that may describe an
 * EMERGENCY red flag (lib/red-flags/red-flags.ts, from NICE NG59 2016/2020,
 * https://www.nice.org.uk/guidance/ng59, and NHS "Cauda equina syndrome",
 * https://www.nhs.uk/conditions/cauda-equina-syndrome/). Messages are read in
 * working hours, so the patient is shown the emergency advice before sending
 * and the conversation is flagged for the clinician. The patterns lean towards
 * showing advice too often rather than missing a sign; plain words people use
 * ("wet myself", "can't feel down there") are included, and tests hold true and
 * false examples. Runs in the browser as well as on the server: no imports
 * beyond types.
 */
const PATTERNS: readonly { code: TRedFlagCode; pattern: RegExp }[] = [
  {
    code: "BLADDER_BOWEL",
    pattern:
      /\b(incontinen\w*|wet (myself|my ?self|the bed)|(leak\w*|los[ts]\w*|lose|losing|no) (of )?(control (of|over) )?(my )?(bladder|bowels?|urine|pee|wee|poo|stool)|(bladder|bowel)s? (control|accident|problem)s?|(soiled|pooed|peed) (myself|my ?self)|can'?t (hold|control) (my )?(pee|wee|urine|bladder|bowels?|poo|stool))/i,
  },
  {
    code: "URINE_RETENTION",
    pattern: /\b(can'?t|cannot|unable to|trouble|difficult\w*|struggl\w*) (to )?(pee|wee|urinate|pass(ing)? (urine|water)|empty(ing)? my bladder)|\bweak (urine )?stream\b/i,
  },
  { code: "BLADDER_NUMB", pattern: /\b(can'?t|cannot|don'?t) (feel|tell) (when|if) (my )?bladder\b/i },
  {
    code: "SADDLE_NUMBNESS",
    pattern:
      /\b(numb\w*|no feeling|can'?t feel|cannot feel|tingl\w*|pins and needles)\b[^.!?]{0,40}\b(bottom|buttocks|bum|genitals?|groin|inner thighs?|saddle|down there|private)|\b(saddle|groin|genitals?|bottom|bum|down there|inner thighs?)\b[^.!?]{0,30}\b(numb\w*|no feeling|can'?t feel)/i,
  },
  {
    code: "SEXUAL_PROBLEMS",
    pattern: /\b(can'?t|cannot|unable to|no longer|trouble|problems? (with|getting)) (get (an )?|getting (an )?|keep (an )?)?(erection|ejaculat\w*)|\berectile\b/i,
  },
  {
    code: "BOTH_LEGS",
    pattern: /\bboth (of my )?legs\b|\b(both|two) (sides|feet)\b[^.!?]{0,30}\b(numb\w*|tingl\w*|pain|weak\w*)|\b(legs|feet) are (both )?(numb|tingl\w*|weak)/i,
  },
  {
    code: "WORSENING_LEG_WEAKNESS",
    pattern:
      /\b(foot|feet|toes?) (drop\w*|drag\w*|slap\w*|catch\w*)|\bdrop ?foot\b|\b(leg|legs|knee|knees)\b[^.!?]{0,30}\b(gave|giving|give|gives) (way|out)|\b(leg|legs)\b[^.!?]{0,30}\b(weak\w*|collaps\w*)\b[^.!?]{0,30}\b(worse|fast|quick\w*|sudden\w*|more and more)|\bcan'?t (lift|move) my (foot|leg|toes)/i,
  },
  {
    code: "TRAUMA",
    pattern: /\b(car (crash|accident)|crashed|hit by a (car|bike)|bad fall|fell (off|down|from)|fall(en)? (off|down|from) (a |the )?(ladder|stairs|roof|horse|bike)|serious accident)/i,
  },
];

/** The emergency red-flag codes a message's words may describe, in the red-flag list's order; empty for none. */
export function findEmergencySigns(text: string): TRedFlagCode[] {
  const normalised = text.replace(/[’‘]/g, "'").replace(/\s+/g, " ");
  return PATTERNS.filter(({ pattern }) => pattern.test(normalised)).map(({ code }) => code);
}
