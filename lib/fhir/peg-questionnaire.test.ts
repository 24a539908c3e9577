import { describe, expect, it } from "vitest";
import { buildPegResponse } from "./build-peg-response";
import { PEG_LOINC } from "./codes";
import type { TFhirLinks } from "./fhir-links";
import { buildPegQuestionnaire } from "./peg-questionnaire";
import { fhirValidationErrors } from "../../tools/testing/fhir/validate-fhir";

const links: TFhirLinks = { base: "https://clinic.example/api/fhir/r4", appOrigin: "https://clinic.example" };
const AVERAGE_PAIN = "What number best describes your pain on average in the past week?";
const ENJOYMENT = "What number best describes how, during the past week, pain has interfered with your enjoyment of life?";
const ACTIVITY = "What number best describes how, during the past week, pain has interfered with your general activity?";

describe("the PEG-3 Questionnaire and its responses say what the patient was asked", () => {
  const questionnaire = buildPegQuestionnaire(links);
  const questions = (questionnaire.item ?? []).filter((item) => item.type === "integer");

  it("has the published items word for word, each with its published anchors", async () => {
    expect(await fhirValidationErrors(questionnaire)).toEqual([]);
    expect(questions.map((item) => item.text)).toEqual([AVERAGE_PAIN, ENJOYMENT, ACTIVITY]);
    expect(questions.map((item) => item.item?.[0]?.text)).toEqual([
      "0 = No pain, 10 = Pain as bad as you can imagine",
      "0 = Does not interfere, 10 = Completely interferes",
      "0 = Does not interfere, 10 = Completely interferes",
    ]);
  });

  it("codes the two items LOINC's panel 91148-7 codes, with displays equal to the questions asked", () => {
    expect(questionnaire.code).toEqual([PEG_LOINC.panel]);
    expect(questions.map((item) => item.code?.map((coding) => [coding.code, coding.display]) ?? null)).toEqual([
      null,
      [["91145-3", ENJOYMENT]],
      [["91146-1", ACTIVITY]],
    ]);
  });

  it("repeats the same item texts in every QuestionnaireResponse", async () => {
    const response = buildPegResponse(links, "patient-1", { id: "c1", date: new Date("2026-03-02T00:00:00Z"), pegPain: 6, pegEnjoyment: 5, pegActivity: 4 });
    expect(await fhirValidationErrors(response!)).toEqual([]);
    expect(response!.item?.map((item) => item.text).slice(0, 3)).toEqual([AVERAGE_PAIN, ENJOYMENT, ACTIVITY]);
  });
});
