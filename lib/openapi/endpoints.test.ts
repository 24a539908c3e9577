import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FHIR_ENDPOINTS } from "../fhir/fhir-endpoints";
import { FHIR_TAG } from "./fhir-openapi-paths";
import { ENDPOINTS } from "./endpoints";
import { buildOpenApiDocument } from "./openapi-document";

const API_DIR = path.resolve("app/api");
const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** `app/api/v1/patients/[patientId]/route.ts` exporting GET -> "get /api/v1/patients/{patientId}". */
function routesOnDisk(dir: string = API_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith("[...") ? [] : routesOnDisk(full);
    if (entry.name !== "route.ts") return [];
    const source = readFileSync(full, "utf8");
    const urlPath = `/api/${path.relative(API_DIR, dir)}`.replace(/\[(\w+)\]/g, "{$1}");
    return HTTP_METHODS.filter((method) => new RegExp(`export (const|async function) ${method}\\b`).test(source)).map(
      (method) => `${method.toLowerCase()} ${urlPath}`,
    );
  });
}

describe("the JSON API's contract list", () => {
  it("names every route handler under app/api (and nothing else), with the FHIR API's routes in their own list", () => {
    const listed = [
      ...ENDPOINTS.map((endpoint) => `${endpoint.method} ${endpoint.path}`),
      ...FHIR_ENDPOINTS.map((endpoint) => `${endpoint.method} ${endpoint.route}`),
    ].sort();
    expect(routesOnDisk().sort()).toEqual(listed);
  });

  it("keeps JSON endpoints under /api/v1/ (health and readiness are the operational exceptions)", () => {
    for (const endpoint of ENDPOINTS) {
      if (endpoint.path !== "/api/health" && endpoint.path !== "/api/health/ready") expect(endpoint.path).toMatch(/^\/api\/v1\//);
    }
  });
});

describe("the OpenAPI document", () => {
  const document = buildOpenApiDocument();

  it("is OpenAPI 3.1 and describes every endpoint with the roles allowed to call it", () => {
    expect(document.openapi).toBe("3.1.0");
    for (const endpoint of ENDPOINTS) {
      const operation = document.paths?.[endpoint.path]?.[endpoint.method];
      expect(operation, `${endpoint.method} ${endpoint.path}`).toBeDefined();
      expect(operation?.["x-roles"]).toEqual(endpoint.roles);
      expect(Object.keys(operation?.responses?.["200"]?.content ?? {})).toEqual([endpoint.responseType ?? "application/json"]);
      expect(operation?.responses?.["400"]).toBeDefined();
    }
    // Files are described as what they are.
    expect(Object.keys(document.paths?.["/api/v1/patients/{patientId}/export"]?.get?.responses?.["200"]?.content ?? {})).toEqual(["application/zip"]);
    expect(Object.keys(document.paths?.["/api/v1/calendar/{feed}"]?.get?.responses?.["200"]?.content ?? {})).toEqual(["text/calendar"]);
  });

  it("describes the FHIR endpoints in a section of their own, answering FHIR resources", () => {
    for (const endpoint of FHIR_ENDPOINTS) {
      const operation = document.paths?.[endpoint.path]?.[endpoint.method];
      expect(operation, endpoint.path).toBeDefined();
      expect(operation?.tags).toEqual([FHIR_TAG]);
      expect(operation?.["x-roles"]).toEqual(endpoint.roles);
      expect(Object.keys(operation?.responses?.["200"]?.content ?? {})).toEqual(["application/fhir+json"]);
      expect(JSON.stringify(operation?.responses?.["400"])).toContain("OperationOutcome");
    }
    expect(document.tags?.map((tag) => tag.name)).toContain(FHIR_TAG);
    const search = document.paths?.["/api/fhir/r4/Observation"]?.get?.parameters as { name: string; in: string }[] | undefined;
    expect(search?.map((parameter) => parameter.name).sort()).toEqual(["_format", "code", "date", "patient"]);
  });

  it("derives response schemas from the zod contracts", () => {
    const health = document.paths?.["/api/health"]?.get?.responses?.["200"];
    expect(JSON.stringify(health)).toContain('"unreachable"');
  });
});
