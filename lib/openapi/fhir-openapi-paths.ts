import type { RouteConfig } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { FHIR_ENDPOINTS, type TFhirEndpoint } from "../fhir/fhir-endpoints";
import { DATE_PREFIXES } from "../fhir/observation-search-params";

export const FHIR_TAG = "FHIR R4";

export const FHIR_TAG_DESCRIPTION =
  "Read-only FHIR R4 (JSON) API, described in full by its CapabilityStatement at /api/fhir/r4/metadata. " +
  "Answers are application/fhir+json FHIR resources; errors are OperationOutcome resources, not the JSON API's error shape.";

const FHIR_SPEC = "https://hl7.org/fhir/R4";

/** A FHIR resource as OpenAPI sees it: JSON with a resourceType; the FHIR specification defines the rest. */
function fhirResource(resourceType: string) {
  return {
    type: "object" as const,
    description: `A FHIR R4 ${resourceType} (${FHIR_SPEC}/${resourceType.toLowerCase()}.html).`,
    required: ["resourceType"],
    properties: { resourceType: { type: "string" as const, enum: [resourceType] } },
    additionalProperties: true,
  };
}

const fhirJson = (resourceType: string) => ({ content: { "application/fhir+json": { schema: fhirResource(resourceType) } } });

const ZFormat = z.enum(["json", "application/json", "application/fhir+json"]).optional().describe("Only JSON is served.");

const QUERIES: Record<string, z.ZodObject> = {
  "/api/fhir/r4/metadata": z.object({ _format: ZFormat }),
  "/api/fhir/r4/Patient/{id}/$everything": z.object({ _format: ZFormat }),
  "/api/fhir/r4/Questionnaire/peg-3": z.object({ _format: ZFormat }),
  "/api/fhir/r4/Questionnaire/{id}": z.object({ _format: ZFormat }),
  "/api/fhir/r4/Observation": z.object({
    patient: z.string().describe("Required: the patient's id (or Patient/{id})."),
    code: z.string().optional().describe("A token: http://loinc.org|72514-3, 72514-3, or several comma-separated."),
    date: z
      .array(z.string())
      .optional()
      .describe(`A calendar date (YYYY, YYYY-MM or YYYY-MM-DD) with a prefix (${DATE_PREFIXES.join(", ")}), e.g. ge2026-01-01. Repeat to combine.`),
    _format: ZFormat,
  }),
};

/** The FHIR endpoints as OpenAPI operations (tag "FHIR R4"), for lib/api/openapi-document.ts to register beside the JSON API. */
export function fhirRouteConfigs(endpoints: readonly TFhirEndpoint[] = FHIR_ENDPOINTS): RouteConfig[] {
  return endpoints.map((endpoint) => {
    const signedIn = !endpoint.roles.includes("public");
    const query = QUERIES[endpoint.path];
    const errors: [number, string][] = [
      [400, "A parameter is unknown or malformed: the OperationOutcome names it."],
      ...(signedIn ? ([[401, "Not signed in."], [404, "Not found, or not yours to see (the two look the same)."]] as [number, string][]) : []),
      [500, "Unexpected failure."],
      [503, "The database cannot be reached right now: an OperationOutcome (code `transient`); retry after the `Retry-After` header's seconds."],
    ];
    return {
      method: endpoint.method,
      path: endpoint.path,
      summary: endpoint.summary,
      description: endpoint.description,
      tags: [FHIR_TAG],
      "x-roles": [...endpoint.roles],
      externalDocs: { description: "FHIR R4", url: FHIR_SPEC },
      request: {
        ...(endpoint.path.includes("{id}") ? { params: z.object({ id: z.string().describe(endpoint.path.includes("/Questionnaire/") ? "The questionnaire's id." : "The patient's id.") }) } : {}),
        ...(query ? { query } : {}),
      },
      responses: {
        200: { description: "OK", ...fhirJson(endpoint.returns) },
        ...Object.fromEntries(errors.map(([status, description]) => [status, { description, ...fhirJson("OperationOutcome") }])),
      },
    };
  });
}
