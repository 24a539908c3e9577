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

  it("reads the quiet filter as a checkbox sends it, the red-flag filter as a level, any, or the old checkbox's 1 (any), and anything else as no filter", () => {
    expect(ZPatientListQuery.parse({ alert: "1", quiet: "1", sort: "lastCheckIn" })).toEqual({ ...DEFAULT_PATIENT_LIST_QUERY, alert: "any", quiet: true, sort: "lastCheckIn" });
    expect(ZPatientListQuery.parse({ alert: "on", quiet: "true" })).toMatchObject({ alert: "any", quiet: true });
    expect(ZPatientListQuery.parse({ alert: "0", quiet: "false" })).toMatchObject({ alert: undefined, quiet: false });
    for (const level of ["emergency", "urgent", "any"] as const) expect(ZPatientListQuery.parse({ alert: level }).alert).toBe(level);
    expect(ZPatientListQuery.parse({ alert: " Emergency " }).alert).toBe("emergency");
    for (const junk of ["", "maybe", "2", "routine", ["1", "0"]]) {
      const query = ZPatientListQuery.parse({ alert: junk, quiet: junk });
      expect([query.alert, query.quiet], String(junk)).toEqual([undefined, undefined]);
    }
  });

  it("parses a parsed query to the same again, filters included (the page and the API hand listClinicPatients a parsed query)", () => {
    const parsed = ZPatientListQuery.parse({ q: "maria", phase: "ACUTE", alert: "1", quiet: "on", risk: "0", worse: "true", functionChange: "not-improved", sort: "onset", dir: "desc", page: "2" });
    expect(parsed.functionChange).toBe("not-improved");
    expect(ZPatientListQuery.parse(parsed)).toEqual(parsed);
    const byDefault = ZPatientListQuery.parse({ alert: "urgent" });
    expect(ZPatientListQuery.parse(byDefault)).toEqual(byDefault);
  });

  it("sorts by red flag, emergency first, by default when the red-flag filter is on, and by name otherwise unless a sort is chosen", () => {
    expect(ZPatientListQuery.parse({ alert: "emergency" })).toMatchObject({ sort: "redFlag", dir: "asc" });
    expect(ZPatientListQuery.parse({ alert: "1" }).sort).toBe("redFlag");
    expect(ZPatientListQuery.parse({ alert: "any", sort: "name" }).sort).toBe("name");
    expect(ZPatientListQuery.parse({ sort: "redFlag" }).sort).toBe("redFlag");
    expect(ZPatientListQuery.parse({ alert: "0" }).sort).toBe("name");
  });

  it("takes a function filter of improved or not-improved, anything else as no filter, and keeps it in links", () => {
    expect(ZPatientListQuery.parse({ functionChange: "improved" }).functionChange).toBe("improved");
    expect(ZPatientListQuery.parse({ functionChange: "better" }).functionChange).toBeUndefined();
    expect(ZPatientListQuery.parse({ functionChange: "" }).functionChange).toBeUndefined();
    const query = ZPatientListQuery.parse({ functionChange: "not-improved" });
    const href = patientListHref(query);
    expect(href).toBe("/patients?functionChange=not-improved");
    expect(parsePatientListQuery(Object.fromEntries(new URL(href, "http://localhost").searchParams))).toEqual(query);
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
    expect(patientListHref(attention)).toBe("/patients?alert=any&quiet=1&sort=lastCheckIn");
    expect(parsePatientListQuery(Object.fromEntries(new URL(patientListHref(attention), "http://localhost").searchParams))).toEqual(attention);
    expect(patientListHref(attention, { alert: undefined, quiet: undefined })).toBe("/patients?sort=lastCheckIn");
    // The sort is left out when it is the default for the filters: red flag with the filter on, name without.
    const emergencies = ZPatientListQuery.parse({ alert: "emergency" });
    expect(patientListHref(emergencies)).toBe("/patients?alert=emergency");
    expect(patientListHref(emergencies, { alert: undefined })).toBe("/patients?sort=redFlag");
    expect(patientListHref(emergencies, { sort: "name" })).toBe("/patients?alert=emergency&sort=name");
    expect(parsePatientListQuery({ alert: "emergency", sort: "name" })).toEqual({ ...emergencies, sort: "name" });
  });

  it("knows whether anything narrows the list", () => {
    expect(hasPatientListFilters(DEFAULT_PATIENT_LIST_QUERY)).toBe(false);
    expect(hasPatientListFilters({ ...DEFAULT_PATIENT_LIST_QUERY, sort: "onset", page: 4 })).toBe(false);
    expect(hasPatientListFilters({ ...DEFAULT_PATIENT_LIST_QUERY, condition: "SCIATICA" })).toBe(true);
    expect(hasPatientListFilters({ ...DEFAULT_PATIENT_LIST_QUERY, alert: "urgent" })).toBe(true);
    expect(hasPatientListFilters({ ...DEFAULT_PATIENT_LIST_QUERY, quiet: true })).toBe(true);
    expect(hasPatientListFilters({ ...DEFAULT_PATIENT_LIST_QUERY, functionChange: "not-improved" })).toBe(true);
    expect(hasPatientListFilters({ ...DEFAULT_PATIENT_LIST_QUERY, alert: undefined, quiet: false, sort: "lastCheckIn" })).toBe(false);
  });

  it("is described in the OpenAPI document as optional query parameters", () => {
    const operation = buildOpenApiDocument([listPatientsEndpoint]).paths?.["/api/v1/patients"]?.get;
    const parameters = (operation?.parameters ?? []) as { name: string; in: string; required?: boolean }[];
    expect(parameters.map((parameter) => [parameter.name, parameter.in, parameter.required ?? false])).toEqual(
      ["q", "phase", "condition", "alert", "quiet", "risk", "worse", "functionChange", "sort", "dir", "page"].map((name) => [name, "query", false]),
    );
  });
});
