import { describe, expect, it } from "vitest";
import { loggablePath } from "./loggable-path";

describe("loggablePath", () => {
  it("drops the query string and fragment, which can carry search text or tokens", () => {
    expect(loggablePath("/patients?q=Maria%20Lopez&page=2")).toBe("/patients");
    expect(loggablePath("/sign-in#top")).toBe("/sign-in");
    expect(loggablePath(undefined)).toBe("/");
  });

  it("keeps record ids, so a request can be followed", () => {
    expect(loggablePath("/api/v1/patients/cmf1x2y3z0000abcd12345678/check-ins")).toBe("/api/v1/patients/cmf1x2y3z0000abcd12345678/check-ins");
  });

  it("masks tokens in the path: invitation links, calendar feeds, anything token-long", () => {
    expect(loggablePath("/invite/short-token")).toBe("/invite/:redacted");
    expect(loggablePath("/api/v1/calendar/Zk3Q9v_7aBcDeFgHiJkLmNoPqRsTuVwXyZ012345.ics")).toBe("/api/v1/calendar/:redacted");
    expect(loggablePath("/something/new/Zk3Q9v_7aBcDeFgHiJkLmNoPqRsTuVwXyZ012345")).toBe("/something/new/:redacted");
  });
});
