import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientAddress } from "./client-address";

describe("clientAddress", () => {
  it("reads only the header our server sets", () => {
    expect(clientAddress(new Headers({ [CLIENT_ADDRESS_HEADER]: "203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientAddress({ [CLIENT_ADDRESS_HEADER]: "2001:db8::1" })).toBe("2001:db8::1");
  });

  it("never believes X-Forwarded-For, which any client can write", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "198.51.100.1" }))).toBe("unknown");
    expect(clientAddress({ "x-forwarded-for": "198.51.100.1", [CLIENT_ADDRESS_HEADER]: "127.0.0.1" })).toBe("127.0.0.1");
  });

  it("answers unknown for a missing or blank header", () => {
    expect(clientAddress({})).toBe("unknown");
    expect(clientAddress({ [CLIENT_ADDRESS_HEADER]: "  " })).toBe("unknown");
  });
});
