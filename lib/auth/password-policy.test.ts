import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-policy";

describe("passwordProblem", () => {
  it("accepts a long, uncommon passphrase", () => {
    expect(passwordProblem("river stones at dawn", { email: "maria@riverside.example" })).toBeNull();
  });

  it("asks for at least 12 characters", () => {
    expect(passwordProblem("Sh0rt!pass")).toMatch(/at least 12/);
  });

  it("refuses passwords from the common-password list, whatever their case", () => {
    expect(passwordProblem("qwerty123456")).toMatch(/too common/);
    expect(passwordProblem("QWERTY123456")).toMatch(/too common/);
  });

  it("refuses a password made of the email address or of one repeated character", () => {
    expect(passwordProblem("maria-lopez-2026", { email: "maria-lopez@riverside.example" })).toMatch(/email/);
    expect(passwordProblem("aaaaaaaaaaaaaaa")).toMatch(/different characters/);
  });
});
