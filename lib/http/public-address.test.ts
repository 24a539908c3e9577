import { describe, expect, it } from "vitest";
import { isHttpsAddress, isLoopbackAddress, strictTransportSecurity } from "./public-address";

describe("the public address", () => {
  it("is https only with an https URL", () => {
    expect(isHttpsAddress("https://clinic.example")).toBe(true);
    expect(isHttpsAddress("http://clinic.example")).toBe(false);
    expect(isHttpsAddress(undefined)).toBe(false);
  });

  it("knows which hosts never leave the machine", () => {
    for (const url of ["http://localhost:3000", "http://LOCALHOST", "http://app.localhost", "http://127.0.0.1:3100", "http://127.8.9.10", "http://[::1]:3000"]) {
      expect(isLoopbackAddress(url), url).toBe(true);
    }
    for (const url of ["http://clinic.example", "http://10.0.0.5:3000", "http://localhost.example.com", "http://127.0.0.1.nip.io", "http://[::2]"]) {
      expect(isLoopbackAddress(url), url).toBe(false);
    }
  });

  it("asks browsers for https for a year, subdomains included, only when the portal is https", () => {
    expect(strictTransportSecurity("https://clinic.example")).toBe("max-age=31536000; includeSubDomains");
    expect(strictTransportSecurity("http://localhost:3000")).toBeNull();
    expect(strictTransportSecurity(undefined)).toBeNull();
  });
});
