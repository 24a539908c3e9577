import { describe, expect, it } from "vitest";
import { parseEnv } from "../../lib/config/env";
import { StartupError } from "../launcher/startup-error";
import { assertSecureConfiguration, listenHost, publicAddress } from "./startup-security";

const SECRET = "s".repeat(32);
const check = (variables: Record<string, string>) => () => assertSecureConfiguration(parseEnv(variables));

describe("start-up refuses an unsafe public address or session secret, in one clear line", () => {
  it("starts on this machine over http and anywhere over https", () => {
    expect(check({})).not.toThrow();
    expect(check({ NEXTAUTH_URL: "http://127.0.0.1:3100" })).not.toThrow();
    expect(check({ NEXTAUTH_URL: "https://clinic.example" })).not.toThrow();
    expect(publicAddress(parseEnv({ PORT: "4000" }))).toBe("http://localhost:4000");
  });

  it("refuses plain http on a network address unless BACKTRACK_ALLOW_HTTP=1", () => {
    expect(check({ NEXTAUTH_URL: "http://clinic.example" })).toThrow(StartupError);
    expect(check({ NEXTAUTH_URL: "http://10.0.0.5:3000" })).toThrow(/NEXTAUTH_URL http:\/\/10\.0\.0\.5:3000 is plain http/);
    try {
      check({ NEXTAUTH_URL: "http://clinic.example" })();
    } catch (error) {
      expect((error as StartupError).fix).toContain("BACKTRACK_ALLOW_HTTP=1");
    }
    expect(check({ NEXTAUTH_URL: "http://clinic.example", BACKTRACK_ALLOW_HTTP: "1" })).not.toThrow();
  });

  it("with an external database, refuses to make up a session secret of its own", () => {
    const external = { DATABASE_URL: "postgresql://bt@db/bt", NEXTAUTH_URL: "https://clinic.example" };
    expect(check(external)).toThrow(/NEXTAUTH_SECRET is not set, but DATABASE_URL is/);
    expect(check({ ...external, NEXTAUTH_SECRET: SECRET })).not.toThrow();
    // The embedded database serves one instance, which keeps its generated secret in the data folder.
    expect(check({ NEXTAUTH_URL: "https://clinic.example" })).not.toThrow();
  });
});

describe("the address the server listens on", () => {
  it("is loopback only unless HOST says otherwise, so a demo on a laptop is not on the network", () => {
    expect(listenHost(parseEnv({}))).toBe("127.0.0.1");
    expect(listenHost(parseEnv({ HOST: "" }))).toBe("127.0.0.1");
    expect(listenHost(parseEnv({ HOST: "0.0.0.0" }))).toBe("0.0.0.0");
    expect(listenHost(parseEnv({ BACKTRACK_MODE: "live", HOST: "::" }))).toBe("::");
  });
});
