import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeLibraryFixture } from "../../tools/content/library-fixture";
import { ContentError, loadLibrary } from "./load-library";
import { readability } from "./readability";

const dirs: string[] = [];
function fixture(overrides: Record<string, string> = {}) {
  const dir = writeLibraryFixture(overrides);
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function problemsOf(dir: string): string[] {
  try {
    loadLibrary(dir);
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
}

describe("loadLibrary's checks", () => {
  it("accepts a valid library", () => {
    const library = loadLibrary(fixture());
    expect(library.guides[0]).toMatchObject({ slug: "easy-back", exercises: ["tilt"] });
    expect(library.exercises[0]?.illustrationSvg).toContain("<title>");
  });

  it("names a broken cross-link, a missing section and a slug that does not match its file", () => {
    const dir = fixture({
      "guides/easy-back.md": readFileSync(path.join(fixture(), "guides/easy-back.md"), "utf8").replace("exercises: [tilt]", "exercises: [nope]").replace("## What you can do today", "## Later"),
      "exercises/other.md": readFileSync(path.join(fixture(), "exercises/tilt.md"), "utf8").replace("harder: null", "harder: missing"),
    });
    const problems = problemsOf(dir);
    expect(problems).toContainEqual(expect.stringContaining('exercise "nope" does not exist'));
    expect(problems).toContainEqual(expect.stringContaining('"## What you can do today"'));
    expect(problems).toContainEqual(expect.stringContaining('slug "tilt" does not match'));
    expect(problems).toContainEqual(expect.stringContaining('exercise "missing" does not exist'));
  });

  it("refuses a guide written far above grade 6 and frontmatter that breaks the schema", () => {
    const hard =
      "Degenerative intervertebral disc pathology frequently precipitates radicular symptomatology characterised by dermatomal paraesthesia. ";
    const dir = fixture({
      "guides/easy-back.md": readFileSync(path.join(fixture(), "guides/easy-back.md"), "utf8").replace("Your back can hurt for a short time. It often gets better.", hard.repeat(3)),
      "exercises/tilt.md": readFileSync(path.join(fixture(), "exercises/tilt.md"), "utf8").replace("bodyArea: lower-back", "bodyArea: elbow"),
    });
    const problems = problemsOf(dir);
    expect(problems).toContainEqual(expect.stringMatching(/easy-back\.md: reads at grade \d+/));
    expect(problems).toContainEqual(expect.stringContaining("tilt.md: bodyArea"));
  });

  it("refuses an illustration that could run or load something", () => {
    const dir = fixture({ "exercises/illustrations/tilt.svg": `<svg role="img"><title>Bad one</title><script>alert(1)</script></svg>` });
    expect(problemsOf(dir)).toContainEqual(expect.stringContaining("may not contain scripts"));
  });

  it("requires acceptablePain (0-10) on every exercise and reads eachSide as false when left out", () => {
    const tilt = readFileSync(path.join(fixture(), "exercises/tilt.md"), "utf8");
    expect(loadLibrary(fixture()).exercises[0]).toMatchObject({ acceptablePain: 3, dose: { eachSide: false }, endIllustration: null, endIllustrationSvg: null });
    expect(problemsOf(fixture({ "exercises/tilt.md": tilt.replace("acceptablePain: 3\n", "") }))).toContainEqual(expect.stringContaining("tilt.md: acceptablePain is required"));
    expect(problemsOf(fixture({ "exercises/tilt.md": tilt.replace("acceptablePain: 3", "acceptablePain: 11") }))).toContainEqual(expect.stringContaining("tilt.md: acceptablePain"));
    expect(problemsOf(fixture({ "exercises/tilt.md": tilt.replace("acceptablePain: 3", "acceptablePain: 2.5") }))).toContainEqual(expect.stringContaining("tilt.md: acceptablePain"));
    const sided = loadLibrary(fixture({ "exercises/tilt.md": tilt.replace("daysPerWeek: 7 }", "daysPerWeek: 7, eachSide: true }") })).exercises[0];
    expect(sided?.dose.eachSide).toBe(true);
  });

  it("needs a How much pain is OK section between How it should feel and Stop and call your clinic if", () => {
    const tilt = readFileSync(path.join(fixture(), "exercises/tilt.md"), "utf8");
    expect(problemsOf(fixture({ "exercises/tilt.md": tilt.replace("## How much pain is OK", "## Pain") }))).toContainEqual('tilt.md: needs a "## How much pain is OK" section');
    const swapped = tilt.replace("## How it should feel\n\nA gentle stretch.\n\n", "").replace("- The pain goes down your leg.", "- The pain goes down your leg.\n\n## How it should feel\n\nA gentle stretch.");
    expect(problemsOf(fixture({ "exercises/tilt.md": swapped }))).toContainEqual(expect.stringContaining("tilt.md: sections must come in this order"));
  });

  it("loads a second drawing for the end position, checked like the first", () => {
    const tilt = readFileSync(path.join(fixture(), "exercises/tilt.md"), "utf8").replace("illustration: tilt.svg", "illustration: tilt.svg\nendIllustration: tilt-end.svg");
    const svg = readFileSync(path.join(fixture(), "exercises/illustrations/tilt.svg"), "utf8");
    const library = loadLibrary(fixture({ "exercises/tilt.md": tilt, "exercises/illustrations/tilt-end.svg": svg.replace("knees bent", "hips tilted") }));
    expect(library.exercises[0]?.endIllustrationSvg).toContain("hips tilted");
    expect(problemsOf(fixture({ "exercises/tilt.md": tilt }))).toContainEqual("tilt.md: illustration tilt-end.svg does not exist");
  });

  it("holds illustrations to the drawing rules: the shared viewBox, currentColor, no text", () => {
    const svg = readFileSync(path.join(fixture(), "exercises/illustrations/tilt.svg"), "utf8");
    const problems = (replaced: string) => problemsOf(fixture({ "exercises/illustrations/tilt.svg": replaced }));
    expect(problems(svg.replace("0 0 240 140", "0 0 100 100"))).toContainEqual(expect.stringContaining("viewBox"));
    expect(problems(svg.replace('stroke="currentColor"', 'stroke="#f00"'))).toContainEqual(expect.stringContaining("currentColor"));
    expect(problems(svg.replace("</svg>", "<text>Start</text></svg>"))).toContainEqual(expect.stringContaining("may not contain text"));
    expect(problems(svg.replace("</svg>", `<!--${"x".repeat(3100)}--></svg>`))).toContainEqual(expect.stringContaining("is over 3072 bytes"));
  });
});

describe("a guide's frontmatter and reading level", () => {
  const guide = () => readFileSync(path.join(fixture(), "guides/easy-back.md"), "utf8");
  /** The fixture guide with frontmatter lines swapped (line start -> whole new line, or null to drop it). */
  function guideWith(lines: Record<string, string | null>): string {
    return guide()
      .split("\n")
      .flatMap((line) => {
        const key = Object.keys(lines).find((start) => line.startsWith(start));
        if (key === undefined) return [line];
        const replacement = lines[key];
        return replacement === null || replacement === undefined ? [] : [replacement];
      })
      .join("\n");
  }
  const problemsOfGuide = (text: string) => problemsOf(fixture({ "guides/easy-back.md": text }));

  it("refuses a body that reads above grade 6, even one that grade 8 would have let through", () => {
    const sentence = "Your back has many small joints and strong muscles that work together every day. When one part is injured, the surrounding muscles tighten to protect it, which can feel uncomfortable.";
    const text = guide().replace("Your back can hurt for a short time. It often gets better.", `${sentence} ${sentence} ${sentence}`);
    const { grade } = readability(text.split("---")[2] ?? "");
    expect(grade).toBeGreaterThan(6);
    expect(grade).toBeLessThanOrEqual(8);
    expect(problemsOfGuide(text)).toEqual([`easy-back.md: reads at grade ${grade}, above 6`]);
  });

  it("refuses a readingLevel above 6", () => {
    expect(problemsOfGuide(guideWith({ "readingLevel:": "readingLevel: 7" }))).toEqual(["easy-back.md: readingLevel guides must read at grade 6 or lower"]);
  });

  it("needs at least 3 sources", () => {
    const twoSources = guide().replace(/  - title: Third test source\n(    .*\n){3}/, "");
    expect(problemsOfGuide(twoSources)).toEqual(["easy-back.md: sources needs at least 3 sources"]);
  });

  it("needs each source's title, publisher, year (a number) and https url", () => {
    const broken = guide()
      .replace("    publisher: Test publisher\n    year: 2016\n", "    year: 2016\n")
      .replace("year: 2017", 'year: "2017"')
      .replace("    url: https://example.org/third\n", "")
      .replace("  - title: First test source\n", "  - publisher: Test publisher\n    title: First test source\n")
      .replace("  - title: Second test source\n", "  - title: ''\n");
    expect(problemsOfGuide(broken)).toEqual([
      "easy-back.md: sources.1.title is required",
      "easy-back.md: sources.1.year is required, as a number (e.g. 2016)",
      "easy-back.md: sources.2.url is required, as an https:// address",
    ]);
    expect(problemsOfGuide(guide().replace("    publisher: Test publisher\n    year: 2016", "    year: 2016"))).toEqual(["easy-back.md: sources.0.publisher is required"]);
    expect(problemsOfGuide(guide().replace("https://example.org/first", "http://example.org/first"))).toEqual(["easy-back.md: sources.0.url is required, as an https:// address"]);
  });

  it("refuses a source dated after the review", () => {
    expect(problemsOfGuide(guide().replace("year: 2018", "year: 2027"))).toEqual(["easy-back.md: sources.2.year is after the review date (2026-11-24)"]);
  });

  it("needs reviewedBy, reviewed and nextReview, each a real value", () => {
    expect(problemsOfGuide(guideWith({ "reviewedBy:": null }))).toEqual(["easy-back.md: reviewedBy is required (who reviewed the guide)"]);
    expect(problemsOfGuide(guideWith({ "nextReview:": null }))).toEqual(["easy-back.md: nextReview is required, as a date like 2026-12-01"]);
    expect(problemsOfGuide(guideWith({ "reviewed:": null }))).toEqual(["easy-back.md: reviewed is required, as a date like 2026-12-01"]);
    expect(problemsOfGuide(guideWith({ "reviewed:": 'reviewed: "2026-02-30"' }))).toEqual(["easy-back.md: reviewed is not a real date"]);
  });

  it("needs nextReview after reviewed and at most 24 months later", () => {
    expect(problemsOfGuide(guideWith({ "nextReview:": "nextReview: 2026-11-24" }))).toEqual(["easy-back.md: nextReview must be after reviewed (2026-11-24)"]);
    expect(problemsOfGuide(guideWith({ "nextReview:": "nextReview: 2025-11-24" }))).toEqual(["easy-back.md: nextReview must be after reviewed (2026-11-24)"]);
    expect(problemsOfGuide(guideWith({ "nextReview:": "nextReview: 2028-11-25" }))).toEqual([
      "easy-back.md: nextReview must be at most 24 months after reviewed (2028-11-24 at the latest)",
    ]);
    expect(problemsOfGuide(guideWith({ "nextReview:": "nextReview: 2028-11-24" }))).toEqual([]);
  });
});
