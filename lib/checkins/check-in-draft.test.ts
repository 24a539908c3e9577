import { describe, expect, it } from "vitest";
import { checkInDraftOf, EMPTY_CHECK_IN_DRAFT } from "./check-in-draft";
import type { TCheckInView } from "./check-in-view";

const saved: TCheckInView = {
  id: "c1",
  date: "2026-11-24",
  painNow: 6,
  painAreas: ["LOWER_BACK", "CALF"],
  painSide: "LEFT",
  belowKnee: true,
  numbness: false,
  weakness: true,
  activityMinutes: 25,
  sleepDisturbed: true,
  tookPainMedicine: false,
  note: null,
  redFlags: [],
  pegPain: 6,
  pegEnjoyment: 5,
  pegActivity: 7,
  pegScore: 6,
  createdAt: "2026-11-24T09:00:00.000Z",
  updatedAt: "2026-11-24T09:00:00.000Z",
};

describe("the check-in form's draft", () => {
  it("holds every saved answer, as text where the form types it, and nothing about the row", () => {
    expect(checkInDraftOf(saved)).toEqual({
      painNow: 6,
      painAreas: ["LOWER_BACK", "CALF"],
      painSide: "LEFT",
      belowKnee: true,
      numbness: false,
      weakness: true,
      activityMinutes: "25",
      sleepDisturbed: true,
      tookPainMedicine: false,
      note: "",
      redFlags: [],
      painNewOrWorse: null,
      painAfterSmallInjury: null,
      pegPain: 6,
      pegEnjoyment: 5,
      pegActivity: 7,
    });
  });

  it("splits stored flags back into ticked signs and the answers to this patient's history questions", () => {
    const flagged = { ...saved, redFlags: ["NIGHT_PAIN", "CANCER_HISTORY"] };
    expect(checkInDraftOf(flagged, ["CANCER_HISTORY"])).toMatchObject({ redFlags: ["NIGHT_PAIN"], painNewOrWorse: true, painAfterSmallInjury: null });
    expect(checkInDraftOf(saved, ["CANCER_HISTORY", "FRAGILE_BONE_INJURY"])).toMatchObject({ painNewOrWorse: false, painAfterSmallInjury: false });
  });

  it("has the same fields empty as filled in", () => {
    expect(Object.keys(EMPTY_CHECK_IN_DRAFT).sort()).toEqual(Object.keys(checkInDraftOf(saved)).sort());
  });
});
