import { describe, expect, it } from "vitest";
import { codesByLevel, levelRank } from "./alert-levels";
import { RED_FLAGS } from "./red-flags";

describe("red-flag levels", () => {
  it("ranks emergency before urgent", () => {
    expect(levelRank("EMERGENCY")).toBeLessThan(levelRank("URGENT"));
    expect((["URGENT", "EMERGENCY", "URGENT"] as const).toSorted((a, b) => levelRank(a) - levelRank(b))).toEqual(["EMERGENCY", "URGENT", "URGENT"]);
  });

  it("groups codes by level in the shared list's order, once each, leaving out unknown codes", () => {
    expect(codesByLevel(["FEVER", "RETIRED_CODE", "BOTH_LEGS", "FEVER", "SADDLE_NUMBNESS"])).toEqual({ EMERGENCY: ["SADDLE_NUMBNESS", "BOTH_LEGS"], URGENT: ["FEVER"] });
    const all = codesByLevel(RED_FLAGS.map((flag) => flag.code));
    expect(all.EMERGENCY).toHaveLength(RED_FLAGS.filter((flag) => flag.level === "EMERGENCY").length);
    expect(all.URGENT).toContain("STEADILY_WORSE");
  });
});
