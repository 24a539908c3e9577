import { describe, expect, it } from "vitest";
import { Condition } from "../db/generated/enums";
import { CONDITION_CODES, conditionConcept, EXERCISE_THERAPY, PAIN_SEVERITY, SYSTEMS } from "./codes";

describe("FHIR codes", () => {
  it("give every primary condition a SNOMED CT and a WHO ICD-10 code", () => {
    for (const condition of Object.values(Condition)) {
      const { snomed, icd10 } = CONDITION_CODES[condition];
      expect(snomed.system, condition).toBe(SYSTEMS.snomed);
      // SNOMED CT identifiers: 6 to 18 digits, no leading zero.
      expect(snomed.code, condition).toMatch(/^[1-9]\d{5,17}$/);
      expect(icd10.system, condition).toBe(SYSTEMS.icd10);
      // WHO ICD-10: a letter, two digits, then an optional subcategory digit.
      expect(icd10.code, condition).toMatch(/^[A-Z]\d{2}(\.\d)?$/);
      expect(snomed.display && icd10.display, condition).toBeTruthy();
    }
  });

  it("use the well-known codes for the common cases", () => {
    expect([CONDITION_CODES.LOW_BACK_PAIN.snomed.code, CONDITION_CODES.LOW_BACK_PAIN.icd10.code]).toEqual(["279039007", "M54.5"]);
    expect([CONDITION_CODES.SCIATICA.snomed.code, CONDITION_CODES.SCIATICA.icd10.code]).toEqual(["23056005", "M54.3"]);
    expect(PAIN_SEVERITY).toMatchObject({ system: "http://loinc.org", code: "72514-3" });
    expect(EXERCISE_THERAPY).toMatchObject({ system: "http://snomed.info/sct", code: "229065009" });
  });

  it("code the seven conditions added with issue 14 as reviewed in codes.ts", () => {
    const pairs = Object.fromEntries(
      (["PERSISTENT_LOW_BACK_PAIN", "CAUDA_EQUINA_SYNDROME", "SPONDYLOLISTHESIS", "SACROILIAC_PELVIC_GIRDLE_PAIN", "OSTEOPOROTIC_VERTEBRAL_FRACTURE", "AFTER_BACK_SURGERY", "RUNNER_TENDINOPATHY"] as const).map((condition) => [
        condition,
        [CONDITION_CODES[condition].snomed.code, CONDITION_CODES[condition].icd10.code],
      ]),
    );
    expect(pairs).toEqual({
      PERSISTENT_LOW_BACK_PAIN: ["278860009", "M54.5"],
      CAUDA_EQUINA_SYNDROME: ["192970008", "G83.4"],
      SPONDYLOLISTHESIS: ["274152003", "M43.1"],
      SACROILIAC_PELVIC_GIRDLE_PAIN: ["279039007", "M54.5"],
      OSTEOPOROTIC_VERTEBRAL_FRACTURE: ["443165006", "M80.9"],
      AFTER_BACK_SURGERY: ["19585003", "Z48.8"],
      RUNNER_TENDINOPATHY: ["68172002", "M76.9"],
    });
  });

  it("give every condition its own words, so two conditions that share a code still read apart", () => {
    const texts = Object.values(Condition).map((condition) => conditionConcept(condition).text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it("carry the app's own words as the text of a condition", () => {
    expect(conditionConcept("SPINAL_STENOSIS")).toMatchObject({ text: "Spinal stenosis", coding: [{ code: "18347007" }, { code: "M48.0" }] });
  });
});
