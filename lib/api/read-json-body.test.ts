import { describe, expect, it } from "vitest";
import { z } from "zod";
import { handlePublicEndpoint } from "./endpoint";
import { defineEndpoint } from "./endpoint-contract";
import { DEFAULT_MAX_JSON_BYTES } from "./read-json-body";

const accept = defineEndpoint({
  method: "post",
  path: "/api/v1/test-body",
  summary: "test endpoint",
  tag: "Test",
  roles: ["public"],
  body: z.object({ text: z.string() }),
  response: z.object({ length: z.number() }),
});
const handler = handlePublicEndpoint(accept, async ({ body }) => ({ length: body.text.length }));

const CHUNK = 16 * 1024;
const TWENTY_MB = 20 * 1024 * 1024;

/** A 20 MB body that counts how many bytes the server pulled from it. */
function countingBody(total: number) {
  const counter = { pulled: 0 };
  const chunk = new TextEncoder().encode("x".repeat(CHUNK));
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.pulled >= total) return controller.close();
      counter.pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, counter };
}

function post(body: BodyInit, headers: Record<string, string> = {}) {
  return handler(
    new Request("http://localhost/api/v1/test-body", {
      method: "POST",
      body,
      headers: { "content-type": "application/json", origin: "http://localhost", ...headers },
      duplex: "half",
    } as RequestInit),
  );
}

describe("bounded JSON bodies", () => {
  it("reads a body under the cap", async () => {
    const response = await post(JSON.stringify({ text: "a".repeat(1000) }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ length: 1000 });
  });

  it("refuses a declared 20 MB body with 413 before reading any of it", async () => {
    const { stream, counter } = countingBody(TWENTY_MB);
    const response = await post(stream, { "content-length": String(TWENTY_MB) });
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe("payload_too_large");
    expect(counter.pulled).toBeLessThanOrEqual(CHUNK * 2);
  });

  it("refuses a streamed 20 MB body with no length as soon as it passes the cap", async () => {
    const { stream, counter } = countingBody(TWENTY_MB);
    const response = await post(stream);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: { code: "payload_too_large", message: "The request body is too large: at most 64 KiB." } });
    // What was read stays within the cap plus the chunks already buffered in the stream.
    expect(counter.pulled).toBeLessThan(DEFAULT_MAX_JSON_BYTES + 4 * CHUNK);
  });
});
