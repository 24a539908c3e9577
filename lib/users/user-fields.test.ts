import { describe, expect, it } from "vitest";
import { personNameSchema } from "./user-fields";

describe("personNameSchema", () => {
  it("trims the name and asks for it with the caller's words when it is empty", () => {
    const name = personNameSchema("Enter the patient's name.");
    expect(name.parse("  Rosa Díaz ")).toBe("Rosa Díaz");
    expect(name.safeParse("   ").error?.issues[0]?.message).toBe("Enter the patient's name.");
    expect(name.safeParse("x".repeat(121)).error?.issues[0]?.message).toBe("Use at most 120 characters.");
  });
});
