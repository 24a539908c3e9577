import { describe, expect, it } from "vitest";
import { acceptRequestId, requestIdOf } from "./request-id";

describe("acceptRequestId", () => {
  it("keeps a plain id from the proxy", () => {
    expect(acceptRequestId("caddy-0f3a9c2e7b")).toBe("caddy-0f3a9c2e7b");
    expect(acceptRequestId(["4bf92f3577b34da6a3ce929d0e0e4736", "second"])).toBe("4bf92f3577b34da6a3ce929d0e0e4736");
  });

  it.each([undefined, "", "short", "has space in it", 'quote"injected"', "line\nbreak-0123456789", "x".repeat(129), "maria@riverside.example"])(
    "replaces %j with a new random id",
    (incoming) => {
      const id = acceptRequestId(incoming);
      expect(id).not.toBe(incoming);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    },
  );

  it("reads the id back from Headers or node's header object", () => {
    expect(requestIdOf(new Headers({ "x-request-id": "abc12345" }))).toBe("abc12345");
    expect(requestIdOf({ "x-request-id": "abc12345" })).toBe("abc12345");
    expect(requestIdOf({})).toBeUndefined();
  });
});
