import { afterEach, describe, expect, it, vi } from "vitest";

async function optionsWith(publicUrl: string | undefined) {
  vi.resetModules();
  vi.stubEnv("NEXTAUTH_URL", publicUrl);
  return (await import("./next-auth-options")).authOptions;
}

describe("session cookies", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("are Secure (with the __Secure- prefix) whenever the public address is https, even behind a TLS proxy", async () => {
    expect((await optionsWith("https://clinic.example")).useSecureCookies).toBe(true);
  });

  it("are not Secure on plain http, where the browser would drop them", async () => {
    expect((await optionsWith("http://localhost:3000")).useSecureCookies).toBe(false);
    expect((await optionsWith(undefined)).useSecureCookies).toBe(false);
  });
});
