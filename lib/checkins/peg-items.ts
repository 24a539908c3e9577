/*
 * The PEG-3 as published: Krebs EE, Lorenz KA, Bair MJ, et al. "Development
 * and initial validation of the PEG, a three-item scale assessing pain
 * intensity and interference." J Gen Intern Med 2009;24(6):733-738,
 * https://doi.org/10.1007/s11606-009-0981-1. Its validity rests on the items
 * and anchors being asked as written, so the `question` and anchor texts here
 * are the instrument's, word for word, and are the one copy the check-in form,
 * the FHIR Questionnaire and its responses, and the LOINC displays all use.
 * Only `hint` is ours: plain words shown beside an item, never instead of it.
 */

export const PEG_CITATION =
  "Krebs EE, Lorenz KA, Bair MJ, et al. Development and initial validation of the PEG, a three-item scale assessing pain intensity and interference. J Gen Intern Med. 2009;24(6):733-738.";

/** On screen where the PEG-3 is asked (DESIGN.md: instruments are cited where they are asked). */
export const PEG_SHORT_CITATION = "PEG-3 scale: Krebs and others, Journal of General Internal Medicine, 2009.";

export interface TPegItem {
  /** The stored column (CheckIn) and the check-in input's field. */
  field: "pegPain" | "pegEnjoyment" | "pegActivity";
  /** The FHIR Questionnaire item's linkId. */
  linkId: "peg-pain" | "peg-enjoyment" | "peg-activity";
  /** The item, word for word. */
  question: string;
  /** The words for 0 and 10, word for word. */
  lowAnchor: string;
  highAnchor: string;
  /** Plain words beside the item (ours, not the instrument's). */
  hint: string;
}

const INTERFERENCE_ANCHORS = { lowAnchor: "Does not interfere", highAnchor: "Completely interferes" } as const;

export const PEG_ITEMS = [
  {
    field: "pegPain",
    linkId: "peg-pain",
    question: "What number best describes your pain on average in the past week?",
    lowAnchor: "No pain",
    highAnchor: "Pain as bad as you can imagine",
    hint: "Think about the past 7 days, not just today.",
  },
  {
    field: "pegEnjoyment",
    linkId: "peg-enjoyment",
    question: "What number best describes how, during the past week, pain has interfered with your enjoyment of life?",
    ...INTERFERENCE_ANCHORS,
    hint: "For example: time with family and friends, hobbies, the things you like doing.",
  },
  {
    field: "pegActivity",
    linkId: "peg-activity",
    question: "What number best describes how, during the past week, pain has interfered with your general activity?",
    ...INTERFERENCE_ANCHORS,
    hint: "For example: walking, housework, work, getting around.",
  },
] as const satisfies readonly TPegItem[];
