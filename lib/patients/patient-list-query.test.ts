import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "../api/openapi-document";
import { listPatientsEndpoint } from "./patient-endpoints";
import { DEFAULT_PATIENT_LIST_QUERY, hasPatientListFilters, parsePatientListQuery, patientListHref, ZPatientListQuery } from "./patient-list-query";

describe("the patient list's query string", () => {
  it("defaults to everyone, by name, A to Z, page 1", () => {
    expect(ZPatientListQuery.parse({})).toEqual({ q: "", sort: "name", dir: "asc", page: 1 });
    expect(DEFAULT_PATIENT_LIST_QUERY).toEqual(ZPatientListQuery.parse({}));
  });

  it("takes sensible values as given", () => {
    expect(ZPatientListQuery.parse({ q: "lopez", phase: "SUBACUTE", condition: "SCIATICA", sort: "onset", dir: "desc", page: "3" })).toEqual({
      q: "lopez",
      phase: "SUBACUTE",
      condition: "SCIATICA",
      sort: "onset",
      dir: "desc",
      page: 3,
    });
  });

  it("falls back to the defaults on junk instead of failing", () => {
    const junk = { q: ["a", "b"], phase: "acute-ish", condition: "FLU", sort: "DROP TABLE", dir: "up", page: "abc" };
    expect(ZPatientListQuery.parse(junk)).toEqual(DEFAULT_PATIENT_LIST_QUERY);
    for (const page of ["0", "-2", "1.5", "", "1e400"]) expect(ZPatientListQuery.parse({ page }).page, page).toBe(1);
    expect(ZPatientListQuery.parse({ phase: "", condition: "" })).toEqual(DEFAULT_PATIENT_LIST_QUERY);
  });

  it("trims the search and cuts it to 100 characters", () => {
    expect(ZPatientListQuery.parse({ q: "  maria  " }).q).toBe("maria");
    expect(ZPatientListQuery.parse({ q: "x".repeat(500) }).q).toHaveLength(100);
  });

  it("reads a page's searchParams, a repeated parameter by its first value", () => {
    expect(parsePatientListQuery({ q: ["ken", "tom"], sort: "condition", page: undefined })).toMatchObject({ q: "ken", sort: "condition", page: 1 });
  });

  it("writes links without the defaults, which read back as the same query", () => {
    expect(patientListHref(DEFAULT_PATIENT_LIST_QUERY)).toBe("/patients");
    const query = ZPatientListQuery.parse({ q: "a&b", phase: "ACUTE", sort: "onset", dir: "desc", page: "2" });
    const href = patientListHref(query);
    expect(href).toBe("/patients?q=a%26b&phase=ACUTE&sort=onset&dir=desc&page=2");
    expect(parsePatientListQuery(Object.fromEntries(new URL(href, "http://localhost").searchParams))).toEqual(query);
    expect(patientListHref(query, { page: 1, dir: "asc" })).toBe("/patients?q=a%26b&phase=ACUTE&sort=onset");
  });

  it("knows whether anything narrows the list", () => {
    expect(hasPatientListFilters(DEFAULT_PATIENT_LIST_QUERY)).toBe(false);
    expect(hasPatientListFilters({ ...DEFAULT_PATIENT_LIST_QUERY, sort: "onset", page: 4 })).toBe(false);
    expect(hasPatientListFilters({ ...DEFAULT_PATIENT_LIST_QUERY, condition: "SCIATICA" })).toBe(true);
  });

  it("is described in the OpenAPI document as optional query parameters", () => {
    const operation = buildOpenApiDocument([listPatientsEndpoint]).paths?.["/api/v1/patients"]?.get;
    const parameters = (operation?.parameters ?? []) as { name: string; in: string; required?: boolean }[];
    expect(parameters.map((parameter) => [parameter.name, parameter.in, parameter.required ?? false])).toEqual(
      ["q", "phase", "condition", "sort", "dir", "page"].map((name) => [name, "query", false]),
    );
  });
});
