import { describe, expect, it } from "vitest";
import { PEG_CITATION, PEG_ITEMS } from "./peg-items";

// Krebs et al. 2009 (J Gen Intern Med 24:733-738), typed out again here so a change to the source of truth cannot pass unnoticed.
describe("the PEG-3 items as published", () => {
  it("asks the three items word for word, with the published anchors", () => {
    expect(PEG_ITEMS.map(({ field, question, lowAnchor, highAnchor }) => ({ field, question, lowAnchor, highAnchor }))).toEqual([
      { field: "pegPain", question: "What number best describes your pain on average in the past week?", lowAnchor: "No pain", highAnchor: "Pain as bad as you can imagine" },
      {
        field: "pegEnjoyment",
        question: "What number best describes how, during the past week, pain has interfered with your enjoyment of life?",
        lowAnchor: "Does not interfere",
        highAnchor: "Completely interferes",
      },
      {
        field: "pegActivity",
        question: "What number best describes how, during the past week, pain has interfered with your general activity?",
        lowAnchor: "Does not interfere",
        highAnchor: "Completely interferes",
      },
    ]);
  });

  it("keeps the plain hints apart from the items, and cites the source", () => {
    for (const item of PEG_ITEMS) expect(item.hint).not.toContain(item.question);
    expect(PEG_CITATION).toContain("J Gen Intern Med. 2009;24(6):733-738");
  });
});
