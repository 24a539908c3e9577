import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { apiUrl, ApiClientError, callApi } from "./api-client";
import { defineEndpoint } from "./endpoint-contract";

const reviewEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/patients/{patientId}/alerts/{alertId}/review",
  summary: "test",
  tag: "test",
  roles: ["CLINICIAN"],
  params: z.object({ patientId: z.string(), alertId: z.string() }),
  body: z.object({ outcome: z.string() }),
  response: z.object({ reviewed: z.literal(true) }),
});

const listEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/patients/{patientId}/check-ins",
  summary: "test",
  tag: "test",
  roles: ["PATIENT"],
  params: z.object({ patientId: z.string() }),
  query: z.object({ from: z.string().optional(), limit: z.number().optional() }),
  response: z.object({ checkIns: z.array(z.object({ date: z.string() })) }),
});

afterEach(() => vi.unstubAllGlobals());

function stubFetch(status: number, payload: unknown) {
  const fetchMock = vi.fn(async (url: string, init: RequestInit) => {
    void url;
    void init;
    return new Response(JSON.stringify(payload), { status, headers: { "content-type": "application/json" } });
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

describe("apiUrl", () => {
  it("fills path parameters (encoded) and appends the query it was given", () => {
    expect(apiUrl(reviewEndpoint, { params: { patientId: "p 1", alertId: "a/2" } })).toBe("/api/v1/patients/p%201/alerts/a%2F2/review");
    expect(apiUrl(listEndpoint, { params: { patientId: "p1" }, query: { from: "2026-11-01", limit: 5, to: undefined } })).toBe(
      "/api/v1/patients/p1/check-ins?from=2026-11-01&limit=5",
    );
  });

  it("refuses to call a path with a parameter missing", () => {
    expect(() => apiUrl(reviewEndpoint, { params: { patientId: "p1" } })).toThrow(/alertId/);
  });
});

describe("callApi", () => {
  it("sends the contract's method and JSON body to its path and answers the typed response", async () => {
    const fetchMock = stubFetch(200, { reviewed: true });
    const answer = await callApi(reviewEndpoint, { params: { patientId: "p1", alertId: "a1" }, body: { outcome: "seen" } });
    const reviewed: true = answer.reviewed;
    expect(reviewed).toBe(true);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe("/api/v1/patients/p1/alerts/a1/review");
    expect(init.method).toBe("POST");
    expect(init.body).toBe(JSON.stringify({ outcome: "seen" }));
  });

  it("sends no body on a GET", async () => {
    const fetchMock = stubFetch(200, { checkIns: [] });
    await callApi(listEndpoint, { params: { patientId: "p1" } });
    expect(fetchMock.mock.calls[0]![1].method).toBe("GET");
    expect(fetchMock.mock.calls[0]![1].body).toBeUndefined();
  });

  it("turns an error answer into ApiClientError with the fields", async () => {
    stubFetch(400, { error: { code: "invalid_input", message: "Check the answers.", fields: { outcome: ["Choose one."] } } });
    const failure = await callApi(reviewEndpoint, { params: { patientId: "p1", alertId: "a1" }, body: { outcome: "" } }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiClientError);
    expect(failure).toMatchObject({ status: 400, code: "invalid_input", fields: { outcome: ["Choose one."] } });
  });
});
