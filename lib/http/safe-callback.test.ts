import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-callback";

describe("safeCallbackPath", () => {
  it("keeps a same-site path with its query", () => {
    expect(safeCallbackPath("/patients?phase=acute")).toBe("/patients?phase=acute");
    expect(safeCallbackPath("/check-in")).toBe("/check-in");
  });

  it.each([
    ["protocol-relative", "//evil.example/x"],
    ["backslash", "/\\evil.example"],
    ["tab then slash", "/\t/evil.example"],
    ["newline then slash", "/\n/evil.example"],
    ["absolute URL", "https://evil.example/"],
    ["javascript URL", "javascript:alert(1)"],
    ["not a path", "patients"],
  ])("refuses a %s callback", (_name, value) => {
    expect(safeCallbackPath(value)).toBeNull();
  });

  it("refuses anything that is not one string", () => {
    expect(safeCallbackPath(["/a", "/b"])).toBeNull();
    expect(safeCallbackPath(undefined)).toBeNull();
  });

  it("drops a fragment and normalises dot segments without leaving the site", () => {
    expect(safeCallbackPath("/a/../patients#x")).toBe("/patients");
  });
});
