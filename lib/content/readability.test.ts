import { describe, expect, it } from "vitest";
import { markdownToSentences, readability } from "./readability";

describe("readability", () => {
  it("leaves headings out, treats list items as sentences of their own and drops markup", () => {
    expect(markdownToSentences("## What it is\n\n- Rest a little\n- Walk **every** day. Then [stretch](/x).")).toEqual([
      "Rest a little",
      "Walk every day.",
      "Then stretch.",
    ]);
  });

  it("scores plain short sentences low and dense clinical prose high", () => {
    expect(readability("Walk a bit each day. It helps your back. Keep going.").grade).toBeLessThan(3);
    const dense =
      "Degenerative intervertebral disc pathology frequently precipitates radicular symptomatology characterised by dermatomal paraesthesia and neurogenic claudication.";
    expect(readability(dense).grade).toBeGreaterThan(14);
  });
});
