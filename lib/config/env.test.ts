import { afterEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_DEMO_PASSWORD, EnvError, getEnv, parseEnv } from "./env";

describe("parseEnv", () => {
  it("fills in every default on an empty environment", () => {
    expect(parseEnv({})).toEqual({
      BACKTRACK_MODE: "demo",
      PORT: 3000,
      BACKTRACK_DATA_DIR: ".data",
      BACKTRACK_PG_PORT: 54329,
      DEMO_PASSWORD: DEFAULT_DEMO_PASSWORD,
      SESSION_IDLE_MINUTES: 30,
      SESSION_MAX_HOURS: 12,
      INVITATION_TTL_HOURS: 72,
      MAIL_FROM: "BackTrack <no-reply@backtrack.invalid>",
      TRUST_PROXY_HOPS: 0,
      BACKTRACK_ALLOW_HTTP: false,
      SHUTDOWN_GRACE_SECONDS: 0,
      MIGRATE_ON_START: false,
      BACKTRACK_JOBS: true,
      BACKTRACK_TEST_HOOKS: false,
    });
  });

  it("migrates at live start-up only with MIGRATE_ON_START=1", () => {
    expect(parseEnv({ MIGRATE_ON_START: "1" }).MIGRATE_ON_START).toBe(true);
    expect(parseEnv({ MIGRATE_ON_START: "" }).MIGRATE_ON_START).toBe(false);
    expect(() => parseEnv({ MIGRATE_ON_START: "yes" })).toThrow(/MIGRATE_ON_START must be 1 or unset/);
  });

  it("takes the owner's connection apart from the app's, and only demo or live as the mode", () => {
    expect(parseEnv({ DATABASE_OWNER_URL: "" }).DATABASE_OWNER_URL).toBeUndefined();
    expect(parseEnv({ DATABASE_OWNER_URL: "postgresql://owner:p@db/bt" }).DATABASE_OWNER_URL).toBe("postgresql://owner:p@db/bt");
    expect(() => parseEnv({ DATABASE_OWNER_URL: "mysql://x" })).toThrow(/DATABASE_OWNER_URL/);
    expect(parseEnv({ BACKTRACK_MODE: "live" }).BACKTRACK_MODE).toBe("live");
    expect(() => parseEnv({ BACKTRACK_MODE: "production" })).toThrow(/BACKTRACK_MODE/);
  });

  it("treats an empty DATABASE_URL as unset and keeps a real one", () => {
    expect(parseEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
    expect(parseEnv({ DATABASE_URL: "postgresql://u:p@db:5432/bt" }).DATABASE_URL).toBe("postgresql://u:p@db:5432/bt");
  });

  it("knows the two modes and nothing else", () => {
    expect(parseEnv({ BACKTRACK_MODE: "live" }).BACKTRACK_MODE).toBe("live");
    expect(() => parseEnv({ BACKTRACK_MODE: "production" })).toThrow(/BACKTRACK_MODE/);
  });

  it("names the variable that is wrong", () => {
    expect(() => parseEnv({ PORT: "eighty" })).toThrow(EnvError);
    expect(() => parseEnv({ PORT: "eighty" })).toThrow(/PORT/);
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL must be a postgresql:\/\/ connection string/);
    expect(() => parseEnv({ DEMO_PASSWORD: "short" })).toThrow(/DEMO_PASSWORD/);
    expect(() => parseEnv({ TRUST_PROXY_HOPS: "-1" })).toThrow(/TRUST_PROXY_HOPS/);
    expect(() => parseEnv({ TRUST_PROXY_HOPS: "one" })).toThrow(/TRUST_PROXY_HOPS/);
    expect(() => parseEnv({ BACKTRACK_ALLOW_HTTP: "yes" })).toThrow(/BACKTRACK_ALLOW_HTTP must be 1 or unset/);
  });

  it("reads the proxy hops and the plain-http opt-in", () => {
    expect(parseEnv({ TRUST_PROXY_HOPS: "2" }).TRUST_PROXY_HOPS).toBe(2);
    expect(parseEnv({ BACKTRACK_ALLOW_HTTP: "1" }).BACKTRACK_ALLOW_HTTP).toBe(true);
    expect(parseEnv({ BACKTRACK_ALLOW_HTTP: "" }).BACKTRACK_ALLOW_HTTP).toBe(false);
  });
});

describe("getEnv", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("parses the environment once and hands out the same object while it is unchanged", () => {
    vi.stubEnv("SESSION_IDLE_MINUTES", "45");
    const first = getEnv();
    expect(first.SESSION_IDLE_MINUTES).toBe(45);
    expect(getEnv()).toBe(first);
  });

  it("re-reads a variable a test changes, and names a bad one", () => {
    vi.stubEnv("NEXTAUTH_URL", "https://backtrack.clinic.example");
    expect(getEnv().NEXTAUTH_URL).toBe("https://backtrack.clinic.example");
    vi.stubEnv("NEXTAUTH_URL", undefined);
    expect(getEnv().NEXTAUTH_URL).toBeUndefined();
    vi.stubEnv("SESSION_MAX_HOURS", "forever");
    expect(() => getEnv()).toThrow(/SESSION_MAX_HOURS/);
  });

  it("keeps the demo password default in one exported constant", () => {
    vi.stubEnv("DEMO_PASSWORD", undefined);
    expect(getEnv().DEMO_PASSWORD).toBe(DEFAULT_DEMO_PASSWORD);
  });
});
