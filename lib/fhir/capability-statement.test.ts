import { describe, expect, it } from "vitest";
import { buildCapabilityStatement } from "./capability-statement";
import type { TFhirLinks } from "./fhir-links";
import { operationOutcome } from "./operation-outcome";
import { buildPegQuestionnaire } from "./peg-questionnaire";
import { fhirValidationErrors } from "../../tools/testing/fhir/validate-fhir";

const links: TFhirLinks = { base: "https://clinic.example/api/fhir/r4", appOrigin: "https://clinic.example" };

describe("the FHIR resources that hold no patient data", () => {
  it("the CapabilityStatement is valid FHIR R4 and states what is supported", async () => {
    const statement = buildCapabilityStatement(links);
    expect(await fhirValidationErrors(statement)).toEqual([]);
    expect(statement).toMatchObject({ fhirVersion: "4.0.1", kind: "instance", implementation: { url: links.base } });
    expect(statement.format).toContain("application/fhir+json");
    const resources = Object.fromEntries((statement.rest?.[0]?.resource ?? []).map((resource) => [resource.type, resource]));
    expect(resources.Patient?.operation?.map((operation) => operation.name)).toEqual(["everything"]);
    expect(resources.Observation?.interaction?.map((interaction) => interaction.code)).toEqual(["search-type"]);
    expect(resources.Observation?.searchParam?.map((parameter) => parameter.name)).toEqual(["patient", "code", "date"]);
    expect(resources.Questionnaire?.interaction?.map((interaction) => interaction.code)).toEqual(["read"]);
    // Every resource type the $everything bundle can hold is listed, and nothing offers writes.
    expect(Object.keys(resources).sort()).toEqual(
      ["CarePlan", "Communication", "Composition", "Condition", "DocumentReference", "Observation", "Patient", "Procedure", "Questionnaire", "QuestionnaireResponse", "ServiceRequest"].sort(),
    );
    const interactions = Object.values(resources).flatMap((resource) => resource.interaction ?? []).map((interaction) => interaction.code);
    expect(interactions.every((code) => code === "read" || code === "search-type")).toBe(true);
  });

  it("the PEG-3 Questionnaire is valid FHIR R4 with three 0-10 integer items and cites Krebs et al. 2009", async () => {
    const questionnaire = buildPegQuestionnaire(links);
    expect(await fhirValidationErrors(questionnaire)).toEqual([]);
    expect(questionnaire.url).toBe("https://clinic.example/api/fhir/r4/Questionnaire/peg-3");
    const answered = (questionnaire.item ?? []).filter((item) => item.type === "integer");
    expect(answered.map((item) => item.linkId)).toEqual(["peg-pain", "peg-enjoyment", "peg-activity"]);
    expect(answered.every((item) => item.required && item.extension?.map((extension) => extension.valueInteger).join() === "0,10")).toBe(true);
    expect(questionnaire.description).toContain("Krebs");
    expect(questionnaire.description).toContain("2009");
  });

  it("an OperationOutcome is valid FHIR R4", async () => {
    expect(await fhirValidationErrors(operationOutcome("invalid", 'Parameter "date": not a date.'))).toEqual([]);
    expect(await fhirValidationErrors(operationOutcome("login", "Sign in."))).toEqual([]);
  });

  it("the validator does find errors (so a pass means something)", async () => {
    const broken = { ...buildPegQuestionnaire(links), status: "published" } as unknown as Parameters<typeof fhirValidationErrors>[0];
    expect(await fhirValidationErrors(broken)).not.toEqual([]);
    const noCode = { resourceType: "Observation", status: "final", valueInteger: 3 } as unknown as Parameters<typeof fhirValidationErrors>[0];
    expect((await fhirValidationErrors(noCode)).join()).toContain("code");
  });
});
