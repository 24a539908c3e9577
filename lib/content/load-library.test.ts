import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeLibraryFixture } from "./library-fixture";
import { ContentError, loadLibrary } from "./load-library";

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

  it("refuses a guide written above grade 8 and frontmatter that breaks the schema", () => {
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
