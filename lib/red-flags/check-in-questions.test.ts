import { describe, expect, it } from "vitest";
import { readability } from "../content/readability";
import {
  DAILY_URGENT_QUESTIONS,
  EMERGENCY_QUESTIONS,
  flagsFromAnswers,
  HISTORY_QUESTIONS,
  historyQuestionsFor,
  SIGN_CODES,
  unaskedAnswers,
  WEEKLY_URGENT_QUESTIONS,
} from "./check-in-questions";
import { MEDICAL_HISTORY } from "./medical-history";
import { levelOfFlags } from "./red-flag-level";
import { RED_FLAGS } from "./red-flags";

const EMERGENCY = ["URINE_RETENTION", "BLADDER_NUMB", "BLADDER_BOWEL", "SADDLE_NUMBNESS", "SEXUAL_PROBLEMS", "BOTH_LEGS", "WORSENING_LEG_WEAKNESS", "TRAUMA"];
const URGENT = ["FEVER", "CANCER_HISTORY", "WEIGHT_LOSS", "FRAGILE_BONE_INJURY", "NIGHT_PAIN", "STEADILY_WORSE"];
const answers = (fields: Partial<{ redFlags: string[]; painNewOrWorse: boolean | null; painAfterSmallInjury: boolean | null }>) => ({
  redFlags: [],
  painNewOrWorse: null,
  painAfterSmallInjury: null,
  ...fields,
});

/** Every subset of the history codes. */
function allHistories(): string[][] {
  const codes = MEDICAL_HISTORY.map((entry) => entry.code);
  return Array.from({ length: 2 ** codes.length }, (_, mask) => codes.filter((_, index) => mask & (1 << index)));
}

describe("red-flag levels", () => {
  it("gives every sign its level (NICE NG59): cauda equina signs, fast weakness and serious injury are emergencies, the rest urgent", () => {
    for (const code of EMERGENCY) expect(levelOfFlags([code]), code).toBe("EMERGENCY");
    for (const code of URGENT) expect(levelOfFlags([code]), code).toBe("URGENT");
    expect([...EMERGENCY, ...URGENT].sort()).toEqual(RED_FLAGS.map((flag) => flag.code).sort());
  });

  it("takes the highest level of a mix, and none for a routine day or an unknown code", () => {
    expect(levelOfFlags(["FEVER", "BOTH_LEGS"])).toBe("EMERGENCY");
    expect(levelOfFlags(["NIGHT_PAIN", "FEVER"])).toBe("URGENT");
    expect(levelOfFlags([])).toBeNull();
    expect(levelOfFlags(["RETIRED_CODE"])).toBeNull();
  });
});

describe("the check-in's red-flag questions", () => {
  it("asks every emergency sign daily, the urgent ones daily or weekly, and the history ones only through their questions", () => {
    expect(EMERGENCY_QUESTIONS.map((question) => question.code).sort()).toEqual([...EMERGENCY].sort());
    expect(DAILY_URGENT_QUESTIONS.map((question) => question.code)).toEqual(["FEVER", "NIGHT_PAIN", "STEADILY_WORSE"]);
    expect(WEEKLY_URGENT_QUESTIONS.map((question) => question.code)).toEqual(["WEIGHT_LOSS"]);
    expect(SIGN_CODES).not.toContain("CANCER_HISTORY");
    expect(SIGN_CODES).not.toContain("FRAGILE_BONE_INJURY");
    expect(EMERGENCY_QUESTIONS[0].code).toBe("BOTH_LEGS");
  });

  it("words every question at grade 6 or lower", () => {
    const texts = [...EMERGENCY_QUESTIONS, ...DAILY_URGENT_QUESTIONS, ...WEEKLY_URGENT_QUESTIONS, ...HISTORY_QUESTIONS].map((question) => question.text);
    for (const text of texts) expect(readability(text).grade, text).toBeLessThanOrEqual(6);
    // The history labels name the medical term in brackets after plain words, for recognition; the plain words carry the meaning.
    for (const label of MEDICAL_HISTORY.map((entry) => entry.label.replace(/\s*\([^)]*\)/g, ""))) expect(readability(label).grade, label).toBeLessThanOrEqual(6);
  });

  it("asks the cancer question with past cancer, and the small-fall question with thin bones or long-term steroids", () => {
    for (const history of allHistories()) {
      const expected = [
        ...(history.includes("PAST_CANCER") ? ["CANCER_HISTORY"] : []),
        ...(history.includes("OSTEOPOROSIS") || history.includes("LONG_TERM_STEROIDS") ? ["FRAGILE_BONE_INJURY"] : []),
      ];
      expect(historyQuestionsFor(history), history.join(",")).toEqual(expected);
    }
  });

  it("derives the history flags from a yes and the history, for every history; a no, or no history, raises nothing", () => {
    for (const history of allHistories()) {
      const cancer = history.includes("PAST_CANCER");
      const fragile = history.includes("OSTEOPOROSIS") || history.includes("LONG_TERM_STEROIDS");
      const label = history.join(",") || "none";
      expect(flagsFromAnswers(answers({ painNewOrWorse: true }), history), label).toEqual(cancer ? ["CANCER_HISTORY"] : []);
      expect(flagsFromAnswers(answers({ painNewOrWorse: false }), history), label).toEqual([]);
      expect(flagsFromAnswers(answers({ painAfterSmallInjury: true }), history), label).toEqual(fragile ? ["FRAGILE_BONE_INJURY"] : []);
      expect(flagsFromAnswers(answers({ painAfterSmallInjury: false }), history), label).toEqual([]);
      expect(flagsFromAnswers(answers({}), history), label).toEqual([]);
      if (cancer) expect(levelOfFlags(flagsFromAnswers(answers({ painNewOrWorse: true }), history))).toBe("URGENT");
      if (fragile) expect(levelOfFlags(flagsFromAnswers(answers({ painAfterSmallInjury: true }), history))).toBe("URGENT");
    }
  });

  it("never takes a derived flag from the ticked signs, and keeps the shared list's order without repeats", () => {
    expect(flagsFromAnswers(answers({ redFlags: ["CANCER_HISTORY", "FRAGILE_BONE_INJURY"] }), ["PAST_CANCER", "OSTEOPOROSIS"])).toEqual([]);
    expect(flagsFromAnswers(answers({ redFlags: ["FEVER", "BOTH_LEGS", "FEVER"], painNewOrWorse: true }), ["PAST_CANCER"])).toEqual(["BOTH_LEGS", "FEVER", "CANCER_HISTORY"]);
  });

  it("names answers to questions the check-in does not ask", () => {
    expect(unaskedAnswers({ ...answers({ painNewOrWorse: false, painAfterSmallInjury: true }), weekly: true }, [])).toEqual({
      painNewOrWorse: [expect.stringContaining("only asked")],
      painAfterSmallInjury: [expect.stringContaining("only asked")],
    });
    expect(unaskedAnswers({ ...answers({ painNewOrWorse: false, painAfterSmallInjury: true }), weekly: true }, ["PAST_CANCER", "LONG_TERM_STEROIDS"])).toEqual({});
    expect(Object.keys(unaskedAnswers({ ...answers({ redFlags: ["WEIGHT_LOSS"] }), weekly: false }, []))).toEqual(["redFlags"]);
    expect(unaskedAnswers({ ...answers({ redFlags: ["WEIGHT_LOSS", "FEVER"] }), weekly: true }, [])).toEqual({});
  });
});
