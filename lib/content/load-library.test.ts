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
