import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ExerciseIllustrations } from "./exercise-illustrations";

const svg = (title: string) => `<svg viewBox="0 0 240 140" role="img"><title>${title}</title></svg>`;

describe("ExerciseIllustrations", () => {
  it("shows the start and end positions side by side, labelled Start and End in the page", () => {
    const html = renderToString(<ExerciseIllustrations startSvg={svg("Knees bent")} endSvg={svg("Hips lifted")} />);
    expect(html.indexOf("Knees bent")).toBeLessThan(html.indexOf("Hips lifted"));
    expect(html).toMatch(/Knees bent[\s\S]*<figcaption[^>]*>Start<\/figcaption>[\s\S]*Hips lifted[\s\S]*<figcaption[^>]*>End<\/figcaption>/);
    expect(html).toContain("grid-cols-2");
    // Scaled to the box: the SVGs' own width="240" would spill over the text beside them on the handout.
    expect(html).toContain("[&amp;_svg]:w-full");
  });

  it("shows a single drawing without labels, and nothing without one", () => {
    const html = renderToString(<ExerciseIllustrations startSvg={svg("Standing")} endSvg={null} />);
    expect(html).toContain("Standing");
    expect(html).not.toContain("figcaption");
    expect(renderToString(<ExerciseIllustrations startSvg={null} endSvg={null} />)).toBe("");
  });
});
