import { describe, expect, it } from "vitest";
import { ZExerciseLogInput } from "../exercise-log/exercise-log-input";
import { storedCheckInAnswers, ZCheckInInput } from "./check-in-input";

const base = { date: "2026-11-25", requestId: "7f1c8a52-1c7e-4a53-9a55-2d1c0f0e6b11" };
const messages = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) => result.error?.issues.map((issue) => [issue.path.join("."), issue.message]);

describe("check-in input", () => {
  it("refuses a missing pain score instead of reading it as 0", () => {
    for (const painNow of [null, undefined, "", "abc", 11, 2.5]) {
      expect(messages(ZCheckInInput.safeParse({ ...base, painNow })), String(painNow)).toEqual([["painNow", "Choose your pain now from 0 to 10."]]);
    }
    expect(ZCheckInInput.parse({ ...base, painNow: "0" }).painNow).toBe(0);
  });

  it("takes the weekly PEG-3 as all three answers or none", () => {
    expect(ZCheckInInput.parse({ ...base, painNow: 3 })).toMatchObject({ pegPain: null, pegEnjoyment: null, pegActivity: null, painAreas: [], redFlags: [], note: null });
    expect(ZCheckInInput.parse({ ...base, painNow: 3, pegPain: 5, pegEnjoyment: "4", pegActivity: 6 })).toMatchObject({ pegPain: 5, pegEnjoyment: 4, pegActivity: 6 });
    expect(messages(ZCheckInInput.safeParse({ ...base, painNow: 3, pegPain: 5 }))).toEqual([
      ["pegEnjoyment", "Answer all three weekly questions, or none."],
      ["pegActivity", "Answer all three weekly questions, or none."],
    ]);
  });

  it("names unknown areas and red flags, and a side without an area", () => {
    expect(messages(ZCheckInInput.safeParse({ ...base, painNow: 3, painAreas: ["KNEE"] }))?.[0]).toEqual(["painAreas.0", "Choose where it hurts from the list."]);
    expect(ZCheckInInput.safeParse({ ...base, painNow: 3, redFlags: ["HEADACHE"] }).success).toBe(false);
    expect(messages(ZCheckInInput.safeParse({ ...base, painNow: 3, painSide: "LEFT" }))).toEqual([["painAreas", "Choose where it hurts, or leave the side empty."]]);
  });

  it("takes ticked signs only from the questions asked; history flags come from yes/no answers, never as codes", () => {
    expect(ZCheckInInput.parse({ ...base, painNow: 3, redFlags: ["BOTH_LEGS", "WEIGHT_LOSS"] })).toMatchObject({ redFlags: ["BOTH_LEGS", "WEIGHT_LOSS"], painNewOrWorse: null, painAfterSmallInjury: null });
    for (const code of ["CANCER_HISTORY", "FRAGILE_BONE_INJURY"]) {
      expect(messages(ZCheckInInput.safeParse({ ...base, painNow: 3, redFlags: [code] })), code).toEqual([["redFlags.0", "Choose the signs from the list."]]);
    }
    expect(messages(ZCheckInInput.safeParse({ ...base, painNow: 3, painNewOrWorse: "yes", painAfterSmallInjury: 1 }))).toEqual([
      ["painNewOrWorse", "Answer yes or no."],
      ["painAfterSmallInjury", "Answer yes or no."],
    ]);
  });

  it("lets an exercise be marked done without a pain score", () => {
    const done = { planItemId: "item-1", date: "2026-11-25", outcome: "DONE" };
    expect(ZExerciseLogInput.parse({ ...done, painDuring: null })).toMatchObject({ painDuring: null, feel: null, skipReason: null });
    expect(ZExerciseLogInput.parse({ ...done, painDuring: "" }).painDuring).toBeNull();
    expect(ZExerciseLogInput.parse({ ...done, painDuring: 3 }).painDuring).toBe(3);
  });
});

describe("storedCheckInAnswers", () => {
  it("stores every answer of the schema but the date, request key and history questions, lists in the form's order, and the flags worked out", () => {
    const answers = ZCheckInInput.parse({
      date: "2026-11-24",
      requestId: "9b2f6c1e-1d2a-4c3b-8e4f-5a6b7c8d9e0f",
      painNow: 4,
      painAreas: ["CALF", "LOWER_BACK", "CALF"],
      painSide: "LEFT",
    });
    const stored = storedCheckInAnswers(answers, ["CANCER_HISTORY"]);
    expect(stored).not.toHaveProperty("date");
    expect(stored).not.toHaveProperty("requestId");
    expect(stored).not.toHaveProperty("painNewOrWorse");
    expect(stored.painAreas).toEqual(["LOWER_BACK", "CALF"]);
    expect(stored.redFlags).toEqual(["CANCER_HISTORY"]);
    const notStored = ["date", "requestId", "painNewOrWorse", "painAfterSmallInjury"];
    const schemaFields = Object.keys(ZCheckInInput.shape).filter((key) => !notStored.includes(key));
    expect(Object.keys(stored).sort()).toEqual(schemaFields.sort());
  });
});
