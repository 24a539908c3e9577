import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DemoBanner } from "./demo-banner";

describe("the demo banner", () => {
  it("tells a demo visitor not to enter real patient information, as a labelled region in the page flow", () => {
    const html = renderToString(<DemoBanner mode="demo" />);
    expect(html).toContain('role="region" aria-label="Demo notice"');
    expect(html).toContain("Demo: do not enter real patient information.");
    // Fixed or absolute positioning would cover the header or the page on a phone.
    expect(html).not.toMatch(/\b(fixed|absolute|sticky)\b/);
  });

  it("is absent in live mode", () => {
    expect(renderToString(<DemoBanner mode="live" />)).toBe("");
  });
});
