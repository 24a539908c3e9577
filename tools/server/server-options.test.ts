import { describe, expect, it } from "vitest";
import { parseEnv } from "../../lib/config/env";
import { SHUTDOWN_DEADLINE_MS, serverOptionsFromEnv } from "./server-options";

const handle = async () => undefined;

describe("serverOptionsFromEnv", () => {
  it("sends HSTS for an https portal, with the proxy hops configured", () => {
    const options = serverOptionsFromEnv(parseEnv({ NEXTAUTH_URL: "https://clinic.example", TRUST_PROXY_HOPS: "1" }), handle);
    expect(options.responseHeaders).toEqual({ "Strict-Transport-Security": "max-age=31536000; includeSubDomains" });
    expect(options.trustProxyHops).toBe(1);
  });

  it("sends no HSTS over http, and trusts no proxy by default", () => {
    const options = serverOptionsFromEnv(parseEnv({ NEXTAUTH_URL: "http://localhost:3000" }), handle);
    expect(options.responseHeaders).toEqual({});
    expect(options.trustProxyHops).toBe(0);
  });

  it("cuts off requests in flight before the shutdown deadline", () => {
    expect(serverOptionsFromEnv(parseEnv({}), handle).shutdownTimeoutMs).toBeLessThan(SHUTDOWN_DEADLINE_MS);
  });

  it("takes the grace period out of the time left for requests in flight, so both fit in the deadline", () => {
    const options = serverOptionsFromEnv(parseEnv({ SHUTDOWN_GRACE_SECONDS: "5" }), handle);
    expect(5_000 + options.shutdownTimeoutMs!).toBeLessThan(SHUTDOWN_DEADLINE_MS);
    expect(() => parseEnv({ SHUTDOWN_GRACE_SECONDS: "6" })).toThrow(/SHUTDOWN_GRACE_SECONDS/);
  });
});
