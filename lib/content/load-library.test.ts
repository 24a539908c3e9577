import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeLibraryFixture } from "../../tools/content/library-fixture";
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
});
