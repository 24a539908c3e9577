import { describe, expect, it } from "vitest";
import { findEmergencySigns } from "./emergency-words";

describe("findEmergencySigns", () => {
  it.each([
    ["I wet myself this morning and did not notice", "BLADDER_BOWEL"],
    ["Since yesterday I've lost control of my bladder", "BLADDER_BOWEL"],
    ["had a bowel accident at work", "BLADDER_BOWEL"],
    ["I can’t control my bowels", "BLADDER_BOWEL"],
    ["I can't pee even though I need to", "URINE_RETENTION"],
    ["trouble passing urine since Monday", "URINE_RETENTION"],
    ["I can't tell when my bladder is full", "BLADDER_NUMB"],
    ["my bottom feels numb when I sit", "SADDLE_NUMBNESS"],
    ["Numbness around my groin and inner thighs", "SADDLE_NUMBNESS"],
    ["pins and needles down there", "SADDLE_NUMBNESS"],
    ["I can't get an erection since the pain started", "SEXUAL_PROBLEMS"],
    ["the pain now goes down both legs", "BOTH_LEGS"],
    ["My legs are numb and tingling", "BOTH_LEGS"],
    ["my foot drags when I walk", "WORSENING_LEG_WEAKNESS"],
    ["my left leg keeps giving way", "WORSENING_LEG_WEAKNESS"],
    ["my leg is getting weaker fast", "WORSENING_LEG_WEAKNESS"],
    ["I fell off a ladder yesterday and my back hurts", "TRAUMA"],
    ["was in a car crash on Friday", "TRAUMA"],
  ])("flags %j", (text, code) => {
    expect(findEmergencySigns(text)).toContain(code);
  });

  it.each([
    "The bridge exercise hurts my lower back a bit",
    "Can I do the exercises twice a day?",
    "My left leg aches after walking the dog",
    "I feel much better this week, thank you",
    "Is it normal for my bottom step to be slow? I mean the stairs at home",
    "I sat on a bike saddle at the gym, was that OK?",
    "Both of my kids have colds so I missed a day",
    "I wet the towel before the heat pack, is that fine?",
    "Could you move my appointment?",
    "The pain is a 4 today and it was a 6 last week",
  ])("does not flag %j", (text) => {
    expect(findEmergencySigns(text)).toEqual([]);
  });

  it("lists each sign once, in the red-flag list's order", () => {
    expect(findEmergencySigns("I fell down the stairs and now I wet myself, and both legs are numb")).toEqual(["BLADDER_BOWEL", "BOTH_LEGS", "TRAUMA"]);
  });
});
