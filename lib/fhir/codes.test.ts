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

  it("carry the app's own words as the text of a condition", () => {
    expect(conditionConcept("SPINAL_STENOSIS")).toMatchObject({ text: "Spinal stenosis", coding: [{ code: "18347007" }, { code: "M48.0" }] });
  });
});
