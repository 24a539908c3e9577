import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ApiError } from "./api-error";
import { defineEndpoint, handleEndpoint } from "./endpoint";

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

const handler = handleEndpoint(echo, async ({ query, body }) => {
  if (body.word === "secret") throw new Error("database password is hunter2");
  if (body.word === "gone") throw new ApiError(404, "not_found", "No such thing.");
  return { echoed: body.word.repeat(query.times) };
});

function post(query: string, body: string, contentType = "application/json") {
  return handler(new Request(`http://localhost/api/v1/echo?${query}`, { method: "POST", body, headers: { "content-type": contentType } }));
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
