import { describe, expect, it } from "vitest";
import { parseObservationSearch } from "./observation-search-params";
import { FhirError } from "./operation-outcome";

const parse = (query: string) => parseObservationSearch(new URLSearchParams(query));

function refusal(query: string): FhirError {
  try {
    parse(query);
  } catch (error) {
    expect(error).toBeInstanceOf(FhirError);
    return error as FhirError;
  }
  throw new Error(`"${query}" was accepted`);
}

describe("parseObservationSearch", () => {
  it("reads the patient, with or without the Patient/ prefix", () => {
    expect(parse("patient=abc123")).toEqual({ patientId: "abc123", codeMatches: true, dates: [] });
    expect(parse("patient=Patient/abc123").patientId).toBe("abc123");
  });

  it("matches the pain code with or without its system, and nothing else", () => {
    expect(parse("patient=p&code=http://loinc.org|72514-3").codeMatches).toBe(true);
    expect(parse("patient=p&code=72514-3").codeMatches).toBe(true);
    expect(parse("patient=p&code=http://loinc.org|").codeMatches).toBe(true);
    expect(parse("patient=p&code=8480-6,72514-3").codeMatches).toBe(true);
    expect(parse("patient=p&code=http://loinc.org|8480-6").codeMatches).toBe(false);
    expect(parse("patient=p&code=http://snomed.info/sct|72514-3").codeMatches).toBe(false);
    expect(parse("patient=p&code=|72514-3").codeMatches).toBe(false);
    // Two code parameters must both hold.
    expect(parse("patient=p&code=72514-3&code=8480-6").codeMatches).toBe(false);
  });

  it("turns dates of any precision into calendar-day ranges, with the prefix (eq when none)", () => {
    expect(parse("patient=p&date=ge2026-01-01&date=lt2026-03").dates).toEqual([
      [{ prefix: "ge", start: "2026-01-01", end: "2026-01-01" }],
      [{ prefix: "lt", start: "2026-03-01", end: "2026-03-31" }],
    ]);
    expect(parse("patient=p&date=2024-02").dates).toEqual([[{ prefix: "eq", start: "2024-02-01", end: "2024-02-29" }]]);
    expect(parse("patient=p&date=ne2025").dates).toEqual([[{ prefix: "ne", start: "2025-01-01", end: "2025-12-31" }]]);
    expect(parse("patient=p&date=eq2026-01-05,eq2026-01-09").dates[0]).toHaveLength(2);
  });

  it("refuses unknown, missing and malformed parameters, naming the parameter", () => {
    const cases: [string, string, number][] = [
      ["code=72514-3", "patient", 400],
      ["patient=a&patient=b", "patient", 400],
      ["patient=a/b", "patient", 400],
      ["patient=p&subject=p", "subject", 400],
      ["patient=p&date:missing=true", "date:missing", 400],
      ["patient=p&_count=10", "_count", 400],
      ["patient=p&_format=xml", "_format", 400],
      ["patient=p&code=a|b|c", "code", 400],
      ["patient=p&code=|", "code", 400],
      ["patient=p&code=", "code", 400],
      ["patient=p&date=ge2026-13-01", "date", 400],
      ["patient=p&date=ge2026-02-30", "date", 400],
      ["patient=p&date=ge2026-01-01T10:00:00Z", "date", 400],
      ["patient=p&date=sa2026-01-01", "date", 400],
      ["patient=p&date=yesterday", "date", 400],
      ["patient=p&date=ge2026-01-01,", "date", 400],
    ];
    for (const [query, parameter, status] of cases) {
      const error = refusal(query);
      expect(error.status, query).toBe(status);
      expect(error.message, query).toContain(`"${parameter}"`);
    }
  });

  it("accepts _format=json and its MIME types", () => {
    for (const format of ["json", "application/json", "application/fhir+json"]) expect(parse(`patient=p&_format=${encodeURIComponent(format)}`).patientId).toBe("p");
  });
});
