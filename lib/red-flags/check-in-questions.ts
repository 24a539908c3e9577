import type { TMedicalHistoryCode } from "./medical-history";
import { RED_FLAGS, type TRedFlagCode } from "./red-flags";

/*
 * The red-flag questions of the daily check-in, in words a patient reads on a
 * bad day (Flesch-Kincaid grade 6 or lower, checked in the tests). They ask
 * about what is new or changed; history that does not change is asked once
 * (./medical-history.ts) and only decides which follow-up questions appear.
 */

type TQuestion = { code: TRedFlagCode; text: string };

/** Every EMERGENCY sign, asked every day; sciatica in both legs first, as the side question leads into it. */
export const EMERGENCY_QUESTIONS = [
  { code: "BOTH_LEGS", text: "Pain, numbness or tingling down both legs" },
  { code: "URINE_RETENTION", text: "Trouble passing urine, or a weak flow" },
  { code: "BLADDER_NUMB", text: "You cannot feel when your bladder is full" },
  { code: "BLADDER_BOWEL", text: "Leaking urine or poo, or you cannot hold it in" },
  { code: "SADDLE_NUMBNESS", text: "Numb skin on your bottom, private parts or inner thighs" },
  { code: "SEXUAL_PROBLEMS", text: "Less feeling in your genitals, or new trouble with sex" },
  { code: "WORSENING_LEG_WEAKNESS", text: "A leg that gets weak fast, or a foot that drops or drags" },
  { code: "TRAUMA", text: "A bad fall, car crash or other big accident" },
] as const satisfies readonly TQuestion[];

/** URGENT signs asked every day. */
export const DAILY_URGENT_QUESTIONS = [
  { code: "FEVER", text: "A fever, or you feel hot, shivery or unwell" },
  { code: "NIGHT_PAIN", text: "Bad pain at night that does not ease when you rest or move" },
  { code: "STEADILY_WORSE", text: "Pain that keeps getting worse day by day" },
] as const satisfies readonly TQuestion[];

/**
 * Asked only with the weekly PEG-3: weight changes over weeks, and a daily
 * question would wear the answer thin.
 */
export const WEEKLY_URGENT_QUESTIONS = [{ code: "WEIGHT_LOSS", text: "You lost weight without trying" }] as const satisfies readonly TQuestion[];

/**
 * Yes/no questions asked only with some history; a yes raises the flag. The
 * flag is worked out on the server from the answer and the stored history,
 * never taken from the client.
 */
export const HISTORY_QUESTIONS = [
  { code: "CANCER_HISTORY", field: "painNewOrWorse", text: "Is your back pain new, or worse than before?", askedWith: ["PAST_CANCER"] },
  { code: "FRAGILE_BONE_INJURY", field: "painAfterSmallInjury", text: "Did your pain start or get worse after a small fall, bump or lift?", askedWith: ["OSTEOPOROSIS", "LONG_TERM_STEROIDS"] },
] as const satisfies readonly (TQuestion & { field: string; askedWith: readonly TMedicalHistoryCode[] })[];

export type THistoryQuestionCode = (typeof HISTORY_QUESTIONS)[number]["code"];
export type THistoryQuestionField = (typeof HISTORY_QUESTIONS)[number]["field"];

/** The codes a check-in may send as ticked signs (the history-dependent ones are derived, not sent). */
export type TSignCode = (typeof EMERGENCY_QUESTIONS | typeof DAILY_URGENT_QUESTIONS | typeof WEEKLY_URGENT_QUESTIONS)[number]["code"];
export const SIGN_CODES = [...EMERGENCY_QUESTIONS, ...DAILY_URGENT_QUESTIONS, ...WEEKLY_URGENT_QUESTIONS].map((question) => question.code) as [TSignCode, ...TSignCode[]];

/** The history-dependent questions this patient is asked. */
export function historyQuestionsFor(history: readonly string[]): THistoryQuestionCode[] {
  return HISTORY_QUESTIONS.filter((question) => question.askedWith.some((code) => history.includes(code))).map((question) => question.code);
}

export type TRedFlagAnswers = {
  /** Ticked signs (SIGN_CODES). */
  redFlags: readonly string[];
  painNewOrWorse: boolean | null;
  painAfterSmallInjury: boolean | null;
};

/**
 * The red flags a check-in raises: the ticked signs, plus each history
 * question answered yes by a patient whose history asks it. In the shared
 * list's order, without repeats.
 */
export function flagsFromAnswers(answers: TRedFlagAnswers, history: readonly string[]): TRedFlagCode[] {
  const asked = historyQuestionsFor(history);
  const derived = HISTORY_QUESTIONS.filter((question) => asked.includes(question.code) && answers[question.field] === true).map((question) => question.code);
  const raised = new Set<string>([...answers.redFlags.filter((code) => SIGN_CODES.includes(code as TSignCode)), ...derived]);
  return RED_FLAGS.map((flag) => flag.code).filter((code) => raised.has(code));
}

/**
 * Answers to questions this check-in does not ask, per field: a
 * history-dependent question without that history, or the weekly weight
 * question on a day without the weekly PEG-3.
 */
export function unaskedAnswers(answers: TRedFlagAnswers & { weekly: boolean }, history: readonly string[]): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  const asked = historyQuestionsFor(history);
  for (const question of HISTORY_QUESTIONS) {
    if (answers[question.field] !== null && !asked.includes(question.code)) {
      problems[question.field] = ["This question is only asked when your health history includes it. Reload the page and try again."];
    }
  }
  const weeklyCodes: readonly string[] = WEEKLY_URGENT_QUESTIONS.map((question) => question.code);
  if (!answers.weekly && answers.redFlags.some((code) => weeklyCodes.includes(code))) {
    problems.redFlags = ["The weight question is asked once a week, with the three weekly questions."];
  }
  return problems;
}
