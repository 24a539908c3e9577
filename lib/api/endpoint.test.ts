import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ApiError } from "./api-error";
import type { TViewer } from "../auth/viewer-types";
import { InvalidInputError, NotFoundError } from "../errors/domain-errors";
import { handleEndpoint, handlePublicEndpoint } from "./endpoint";
import { defineEndpoint } from "./endpoint-contract";
import { fieldWithNul, NUL_MESSAGE } from "./nul-character";

const echo = defineEndpoint({
  method: "post",
  path: "/api/v1/echo",
  summary: "test endpoint",
  tag: "Test",
  roles: ["public"],
  query: z.object({ times: z.coerce.number().int().min(1) }),
  body: z.object({ word: z.string().min(1, "Say a word.") }),
  response: z.object({ echoed: z.string() }),
});

const handler = handlePublicEndpoint(echo, async ({ query, body }) => {
  if (body.word === "secret") throw new Error("database password is hunter2");
  if (body.word === "gone") throw new ApiError(404, "not_found", "No such thing.");
  return { echoed: body.word.repeat(query.times) };
});

function post(query: string, body: string, contentType = "application/json") {
  return handler(
    new Request(`http://localhost/api/v1/echo?${query}`, { method: "POST", body, headers: { "content-type": contentType, origin: "http://localhost" } }),
  );
}

describe("handleEndpoint", () => {
  it("answers parsed, validated input with JSON", async () => {
    const response = await post("times=2", JSON.stringify({ word: "hi" }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ echoed: "hihi" });
  });

  it("names each invalid field with a 400", async () => {
    const response = await post("times=0", JSON.stringify({ word: "" }));
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("invalid_request");
    expect(error.fields.times).toBeDefined();
  });

  it("names the field of a bad body once the query is fine", async () => {
    const { error } = await (await post("times=1", JSON.stringify({ word: "" }))).json();
    expect(error.fields).toEqual({ word: ["Say a word."] });
  });

  it("rejects malformed JSON and non-JSON bodies clearly", async () => {
    expect((await post("times=1", "{not json")).status).toBe(400);
    expect((await (await post("times=1", "{not json")).json()).error.code).toBe("invalid_json");
    expect((await post("times=1", "word=hi", "application/x-www-form-urlencoded")).status).toBe(415);
  });

  it("refuses a NUL character anywhere in the input, naming the field, before PostgreSQL (which cannot store it) answers 500", async () => {
    for (const [query, body, field] of [
      ["times=1", JSON.stringify({ word: "a\u0000b" }), "word"],
      ["times=1", JSON.stringify({ word: "hi", extra: { deep: ["\u0000"] } }), "extra"],
      ["times=1%00", JSON.stringify({ word: "hi" }), "times"],
    ] as const) {
      const response = await post(query, body);
      expect(response.status).toBe(400);
      expect((await response.json()).error).toEqual({ code: "invalid_request", message: NUL_MESSAGE, fields: { [field]: [NUL_MESSAGE] } });
    }
  });

  it("passes ApiErrors through with their status", async () => {
    const response = await post("times=1", JSON.stringify({ word: "gone" }));
    expect(response.status).toBe(404);
    expect((await response.json()).error).toEqual({ code: "not_found", message: "No such thing." });
  });

  it("hides unexpected failures behind a generic 500", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = await post("times=1", JSON.stringify({ word: "secret" }));
    expect(response.status).toBe(500);
    expect(JSON.stringify(await response.json())).not.toContain("hunter2");
    log.mockRestore();
  });
});

const clinicianOnly = defineEndpoint({
  method: "post",
  path: "/api/v1/things/{thingId}",
  summary: "test endpoint",
  tag: "Test",
  roles: ["CLINICIAN"],
  params: z.object({ thingId: z.string().min(3) }),
  response: z.object({ thingId: z.string(), by: z.string() }),
});

const lee: TViewer = { userId: "u1", role: "CLINICIAN", clinicId: "c1", name: "Lee", email: "lee@x.example", sessionId: "s1", ip: "127.0.0.1", userAgent: null };

function callThing(viewer: TViewer | null, thingId: string, headers: Record<string, string> = { origin: "http://localhost" }) {
  const route = handleEndpoint(
    clinicianOnly,
    async ({ params, viewer: who }) => {
      if (params.thingId === "missing") throw new NotFoundError();
      if (params.thingId === "taken") throw new InvalidInputError({ name: ["Already taken."] }, 409);
      return { thingId: params.thingId, by: who.name };
    },
    { viewer: async () => viewer },
  );
  return route(new Request(`http://localhost/api/v1/things/${thingId}`, { method: "POST", headers }), { params: Promise.resolve({ thingId }) });
}

describe("handleEndpoint for signed-in callers", () => {
  it("answers 401 to anonymous callers", async () => {
    expect((await callThing(null, "abc")).status).toBe(401);
  });

  it("answers 404, not 403, to a role the contract does not list", async () => {
    expect((await callThing({ ...lee, role: "PATIENT" }, "abc")).status).toBe(404);
  });

  it("passes the viewer and validated path parameters to the handler", async () => {
    expect(await (await callThing(lee, "abc")).json()).toEqual({ thingId: "abc", by: "Lee" });
    expect((await callThing(lee, "ab")).status).toBe(400);
  });

  it("maps domain errors: not found to 404, conflicts to 409 with fields", async () => {
    expect((await callThing(lee, "missing")).status).toBe(404);
    const conflict = await callThing(lee, "taken");
    expect(conflict.status).toBe(409);
    expect((await conflict.json()).error).toEqual({ code: "conflict", message: "Already taken.", fields: { name: ["Already taken."] } });
  });

  it("refuses writes from another origin, or with no sign of where they come from (CSRF)", async () => {
    expect((await callThing(lee, "abc", { origin: "https://evil.example" })).status).toBe(403);
    expect((await callThing(lee, "abc", {})).status).toBe(403);
    expect((await callThing(lee, "abc", { "sec-fetch-site": "same-origin" })).status).toBe(200);
  });

  it("refuses to build a signed-in handler for a public contract, and the reverse", () => {
    expect(() => handleEndpoint(echo, async () => ({ echoed: "" }))).toThrow(/public/);
    expect(() => handlePublicEndpoint(clinicianOnly, async () => ({ thingId: "", by: "" }))).toThrow(/not public/);
  });
});

describe("fieldWithNul", () => {
  it("finds a NUL in strings and keys at any depth, naming the top-level field, without recursion", () => {
    expect(fieldWithNul({ a: "fine", b: [{ c: "x\u0000" }] })).toBe("b");
    expect(fieldWithNul({ ["k\u0000"]: 1 })).toBe("");
    expect(fieldWithNul("\u0000")).toBe("");
    expect(fieldWithNul({ a: "fine", b: [1, null, true] })).toBeNull();
    let deep: unknown = "\u0000";
    for (let level = 0; level < 200_000; level++) deep = [deep];
    expect(fieldWithNul({ deep })).toBe("deep");
  });
});
