import { describe, expect, it } from "vitest";
import { CAUDA_EQUINA_SIGNS, CAUDA_EQUINA_WHAT, caudaEquinaAction } from "./cauda-equina";
import { RED_FLAGS } from "./red-flags";

describe("the cauda equina card", () => {
  it("lists the emergency signs of the syndrome from the shared list, and no urgent ones", () => {
    expect(CAUDA_EQUINA_SIGNS.every((flag) => flag.level === "EMERGENCY")).toBe(true);
    expect(CAUDA_EQUINA_SIGNS.map((flag) => flag.code)).toEqual(
      expect.arrayContaining(["URINE_RETENTION", "BLADDER_NUMB", "BLADDER_BOWEL", "SADDLE_NUMBNESS", "SEXUAL_PROBLEMS", "BOTH_LEGS"]),
    );
    expect(CAUDA_EQUINA_SIGNS.length).toBe(RED_FLAGS.filter((flag) => flag.level === "EMERGENCY").length - 1);
    expect(CAUDA_EQUINA_WHAT.split(/[.!?]\s/)).toHaveLength(1);
  });

  it("names the clinic's emergency number when known, else the local one", () => {
    expect(caudaEquinaAction("999")).toBe("If you have any of these, go to the emergency department now, or call 999.");
    expect(caudaEquinaAction(null)).toBe("If you have any of these, go to the emergency department now, or call your local emergency number.");
  });
});
