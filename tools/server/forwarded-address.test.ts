import { describe, expect, it } from "vitest";
import { normalizeAddress, resolveClientAddress } from "./forwarded-address";

const socketAddress = "::ffff:10.0.0.2";

describe("resolveClientAddress", () => {
  it("with no proxy, takes the socket and ignores X-Forwarded-For entirely", () => {
    expect(resolveClientAddress({ socketAddress, forwardedFor: "198.51.100.7", trustedHops: 0 })).toBe("10.0.0.2");
    expect(resolveClientAddress({ socketAddress: "127.0.0.1", forwardedFor: undefined, trustedHops: 0 })).toBe("127.0.0.1");
  });

  it("behind one proxy, takes the entry that proxy appended (the last)", () => {
    expect(resolveClientAddress({ socketAddress, forwardedFor: "203.0.113.5", trustedHops: 1 })).toBe("203.0.113.5");
    // A client that forges entries only adds to the left of what the proxy appends.
    expect(resolveClientAddress({ socketAddress, forwardedFor: "1.2.3.4, 5.6.7.8, 203.0.113.5", trustedHops: 1 })).toBe("203.0.113.5");
  });

  it("behind two proxies, takes the second entry from the right", () => {
    expect(resolveClientAddress({ socketAddress, forwardedFor: "1.2.3.4, 203.0.113.5, 10.0.0.9", trustedHops: 2 })).toBe("203.0.113.5");
    expect(resolveClientAddress({ socketAddress, forwardedFor: ["1.2.3.4, 203.0.113.5", "10.0.0.9"], trustedHops: 2 })).toBe("203.0.113.5");
  });

  it("falls back to the socket when the header is missing or shorter than the hops", () => {
    expect(resolveClientAddress({ socketAddress, forwardedFor: undefined, trustedHops: 1 })).toBe("10.0.0.2");
    expect(resolveClientAddress({ socketAddress, forwardedFor: "203.0.113.5", trustedHops: 2 })).toBe("10.0.0.2");
  });

  it("falls back to the socket when the chosen entry is not an address", () => {
    for (const forwardedFor of ["", " ", "1.2.3.4,", "unknown", "not-an-ip, 10.0.0.9", "300.1.1.1", "1.2.3.4; 5.6.7.8"]) {
      expect(resolveClientAddress({ socketAddress, forwardedFor, trustedHops: forwardedFor.includes("10.0.0.9") ? 2 : 1 }), forwardedFor).toBe("10.0.0.2");
    }
  });

  it("answers unknown when even the socket has no address (it closed)", () => {
    expect(resolveClientAddress({ socketAddress: undefined, forwardedFor: undefined, trustedHops: 0 })).toBe("unknown");
  });
});

describe("normalizeAddress", () => {
  it("strips ports, brackets and the IPv4-mapped prefix", () => {
    expect(normalizeAddress("203.0.113.5:4711")).toBe("203.0.113.5");
    expect(normalizeAddress("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normalizeAddress("[2001:db8::1]")).toBe("2001:db8::1");
    expect(normalizeAddress("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(normalizeAddress("::1")).toBe("::1");
  });

  it("refuses what is not an address", () => {
    expect(normalizeAddress(undefined)).toBeNull();
    expect(normalizeAddress("example.com")).toBeNull();
    expect(normalizeAddress("1.2.3")).toBeNull();
  });
});
