import type { BodySide } from "../db/generated/enums";
import { SIGN_CODES } from "../red-flags/check-in-questions";
import { ZCheckInView, type TCheckInView } from "./check-in-view";

/*
 * The check-in form's state: the saved answers, with the fields a form
 * holds as text or as "not chosen yet" widened for it. The answer fields come
 * from the view's schema, so a new answer reaches the form without another list.
 */

const NOT_ANSWERS = ["id", "date", "pegScore", "createdAt", "updatedAt"] as const;
type TAnswers = Omit<TCheckInView, (typeof NOT_ANSWERS)[number]>;
const ANSWER_KEYS = Object.keys(ZCheckInView.shape).filter((key) => !(NOT_ANSWERS as readonly string[]).includes(key)) as (keyof TAnswers)[];

export type TCheckInDraft = Omit<TAnswers, "painNow" | "painSide" | "activityMinutes" | "note"> & {
  painNow: number | null;
  painSide: BodySide | "";
  activityMinutes: string;
  note: string;
  /** The two history-dependent questions (lib/red-flags/check-in-questions.ts); null when not asked. */
  painNewOrWorse: boolean | null;
  painAfterSmallInjury: boolean | null;
};

export const EMPTY_CHECK_IN_DRAFT: TCheckInDraft = {
  painNow: null,
  painAreas: [],
  painSide: "",
  belowKnee: false,
  numbness: false,
  weakness: false,
  activityMinutes: "",
  sleepDisturbed: false,
  tookPainMedicine: false,
  note: "",
  redFlags: [],
  painNewOrWorse: null,
  painAfterSmallInjury: null,
  pegPain: null,
  pegEnjoyment: null,
  pegActivity: null,
};

/**
 * A saved check-in as the form's starting state, to change it. Its stored flags
 * split back into the signs ticked and the answers to the history questions
 * this patient is asked (`historyQuestions`: the flag codes they lead to).
 */
export function checkInDraftOf(saved: TCheckInView, historyQuestions: readonly string[] = []): TCheckInDraft {
  const answers = Object.fromEntries(ANSWER_KEYS.map((key) => [key, saved[key]])) as TAnswers;
  return {
    ...answers,
    painSide: answers.painSide ?? "",
    activityMinutes: answers.activityMinutes === null ? "" : String(answers.activityMinutes),
    note: answers.note ?? "",
    redFlags: answers.redFlags.filter((code) => (SIGN_CODES as readonly string[]).includes(code)),
    painNewOrWorse: historyQuestions.includes("CANCER_HISTORY") ? saved.redFlags.includes("CANCER_HISTORY") : null,
    painAfterSmallInjury: historyQuestions.includes("FRAGILE_BONE_INJURY") ? saved.redFlags.includes("FRAGILE_BONE_INJURY") : null,
  };
}
