import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("fills in every default on an empty environment", () => {
    expect(parseEnv({})).toEqual({
      BACKTRACK_MODE: "demo",
      PORT: 3000,
      BACKTRACK_DATA_DIR: ".data",
      BACKTRACK_PG_PORT: 54329,
      DEMO_PASSWORD: "backtrack-demo",
      SESSION_IDLE_MINUTES: 30,
      SESSION_MAX_HOURS: 12,
      INVITATION_TTL_HOURS: 72,
      MAIL_FROM: "BackTrack <no-reply@backtrack.invalid>",
    });
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

  it("names the variable that is wrong", () => {
    expect(() => parseEnv({ PORT: "eighty" })).toThrow(EnvError);
    expect(() => parseEnv({ PORT: "eighty" })).toThrow(/PORT/);
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL must be a postgresql:\/\/ connection string/);
    expect(() => parseEnv({ DEMO_PASSWORD: "short" })).toThrow(/DEMO_PASSWORD/);
  });
});
