import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "../openapi/openapi-document";
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

  it("reads the red-flag and quiet filters as a checkbox sends them, and anything else as no filter", () => {
    expect(ZPatientListQuery.parse({ alert: "1", quiet: "1", sort: "lastCheckIn" })).toEqual({ ...DEFAULT_PATIENT_LIST_QUERY, alert: true, quiet: true, sort: "lastCheckIn" });
    expect(ZPatientListQuery.parse({ alert: "on", quiet: "true" })).toMatchObject({ alert: true, quiet: true });
    expect(ZPatientListQuery.parse({ alert: "0", quiet: "false" })).toMatchObject({ alert: false, quiet: false });
    for (const junk of ["", "maybe", "2", ["1", "0"]]) {
      const query = ZPatientListQuery.parse({ alert: junk, quiet: junk });
      expect([query.alert, query.quiet], String(junk)).toEqual([undefined, undefined]);
    }
  });

  it("parses a parsed query to the same again, filters included (the page and the API hand listClinicPatients a parsed query)", () => {
    const parsed = ZPatientListQuery.parse({ q: "maria", phase: "ACUTE", alert: "1", quiet: "on", risk: "0", worse: "true", sort: "onset", dir: "desc", page: "2" });
    expect(ZPatientListQuery.parse(parsed)).toEqual(parsed);
  });

  it("trims the search and cuts it to 100 characters", () => {
    expect(ZPatientListQuery.parse({ q: "  maria  " }).q).toBe("maria");
    expect(ZPatientListQuery.parse({ q: "x".repeat(500) }).q).toHaveLength(100);
    // Found while fuzzing the API: a NUL reached PostgreSQL, which refuses it in text, and the patient list page failed.
    expect(ZPatientListQuery.parse({ q: "ma\u0000ria" }).q).toBe("maria");
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
    const attention = ZPatientListQuery.parse({ alert: "on", quiet: "1", sort: "lastCheckIn" });
    expect(patientListHref(attention)).toBe("/patients?alert=1&quiet=1&sort=lastCheckIn");
    expect(parsePatientListQuery(Object.fromEntries(new URL(patientListHref(attention), "http://localhost").searchParams))).toEqual(attention);
    expect(patientListHref(attention, { alert: false, quiet: undefined })).toBe("/patients?sort=lastCheckIn");
  });

  it("knows whether anything narrows the list", () => {
    expect(hasPatientListFilters(DEFAULT_PATIENT_LIST_QUERY)).toBe(false);
    expect(hasPatientListFilters({ ...DEFAULT_PATIENT_LIST_QUERY, sort: "onset", page: 4 })).toBe(false);
    expect(hasPatientListFilters({ ...DEFAULT_PATIENT_LIST_QUERY, condition: "SCIATICA" })).toBe(true);
    expect(hasPatientListFilters({ ...DEFAULT_PATIENT_LIST_QUERY, alert: true })).toBe(true);
    expect(hasPatientListFilters({ ...DEFAULT_PATIENT_LIST_QUERY, quiet: true })).toBe(true);
    expect(hasPatientListFilters({ ...DEFAULT_PATIENT_LIST_QUERY, alert: false, quiet: false, sort: "lastCheckIn" })).toBe(false);
  });

  it("is described in the OpenAPI document as optional query parameters", () => {
    const operation = buildOpenApiDocument([listPatientsEndpoint]).paths?.["/api/v1/patients"]?.get;
    const parameters = (operation?.parameters ?? []) as { name: string; in: string; required?: boolean }[];
    expect(parameters.map((parameter) => [parameter.name, parameter.in, parameter.required ?? false])).toEqual(
      ["q", "phase", "condition", "alert", "quiet", "risk", "worse", "sort", "dir", "page"].map((name) => [name, "query", false]),
    );
  });
});
