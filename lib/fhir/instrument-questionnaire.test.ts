import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadInstruments } from "../questionnaires/load-instruments";
import { scoreAnswers } from "../questionnaires/score";
import { fhirValidationErrors } from "../../tools/testing/fhir/validate-fhir";
import { buildInstrumentQuestionnaire, buildInstrumentResponse, SCORE_LINK_ID } from "./build-instrument-questionnaire";
import type { TFhirLinks } from "./fhir-links";
import { instrumentQuestionnaireRoute } from "./fhir-routes";

const links: TFhirLinks = { base: "https://clinic.example/api/fhir/r4", appOrigin: "https://clinic.example" };
const instruments = [...loadInstruments(), ...loadInstruments(path.join(process.cwd(), "tools", "testing", "fixtures", "instruments"))];
const byId = (id: string) => instruments.find((instrument) => instrument.id === id)!;

describe("function questionnaires in FHIR", () => {
  it("every definition, shipped or clinic-added, is a valid Questionnaire with its items word for word and no made-up code", async () => {
    for (const instrument of instruments) {
      const questionnaire = buildInstrumentQuestionnaire(links, instrument);
      expect(await fhirValidationErrors(questionnaire), instrument.id).toEqual([]);
      expect(questionnaire.url).toBe(`${links.base}/Questionnaire/${instrument.id}`);
      expect(questionnaire.code?.[0]?.code ?? null).toBe(instrument.loinc?.code ?? null);
    }
    const groc = buildInstrumentQuestionnaire(links, byId("groc"));
    expect(groc.item?.[0]?.answerOption?.map((option) => option.valueCoding?.display).slice(0, 2)).toEqual(["A very great deal better", "A great deal better"]);
  });

  it("answers become valid QuestionnaireResponses: the PSFS activities as repeated groups, the score as published", async () => {
    const psfs = byId("psfs");
    const answers = { activity: [{ name: "Lifting", rating: 3 }, { name: "Walking", rating: 6 }] };
    const response = buildInstrumentResponse(links, "patient-1", psfs, { id: "r1", instrumentId: "psfs", answers, score: scoreAnswers(psfs, answers), completedOn: "2026-03-02", recordedById: null });
    expect(await fhirValidationErrors(response)).toEqual([]);
    expect(response.item?.filter((item) => item.linkId === "activity").map((item) => item.item?.map((child) => child.answer?.[0]?.valueString ?? child.answer?.[0]?.valueInteger))).toEqual([
      ["Lifting", 3],
      ["Walking", 6],
    ]);
    expect(response.item?.find((item) => item.linkId === SCORE_LINK_ID)?.answer).toEqual([{ valueDecimal: 4.5 }]);
    const fixture = byId("test-function-short-form");
    const table = buildInstrumentResponse(links, "patient-1", fixture, { id: "r2", instrumentId: fixture.id, answers: { q1: 1, q2: 1, q3: 0, q4: 2 }, score: 43.8, completedOn: "2026-03-02", recordedById: "lee" });
    expect(await fhirValidationErrors(table)).toEqual([]);
  });

  it("is served publicly at Questionnaire/<id>; an unknown id is a FHIR 404", async () => {
    const route = instrumentQuestionnaireRoute();
    const found = await route(new Request("https://clinic.example/api/fhir/r4/Questionnaire/psfs"), { params: Promise.resolve({ id: "psfs" }) });
    expect(found.status).toBe(200);
    expect(((await found.json()) as { title: string }).title).toBe("Patient-Specific Functional Scale (PSFS)");
    const missing = await route(new Request("https://clinic.example/api/fhir/r4/Questionnaire/promis"), { params: Promise.resolve({ id: "promis" }) });
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { resourceType: string }).resourceType).toBe("OperationOutcome");
  });
});
