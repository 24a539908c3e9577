import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { writeLibraryFixture } from "../../tools/content/library-fixture";
import { loadLibrary } from "./load-library";
import { searchLibrary } from "./search-library";

describe("searchLibrary", () => {
  const dir = writeLibraryFixture();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const library = loadLibrary(dir);
  const slugs = (result: ReturnType<typeof searchLibrary>) => [...result.guides, ...result.exercises].map((entry) => entry.slug);

  it("finds entries by every word of the search, in title or text", () => {
    expect(slugs(searchLibrary(library, { q: "tilt hips" }))).toEqual(["tilt"]);
    expect(slugs(searchLibrary(library, { q: "heat" }))).toEqual(["easy-back"]);
    expect(slugs(searchLibrary(library, { q: "swimming" }))).toEqual([]);
  });

  it("filters by condition, and by body area, goal or equipment (which only exercises have)", () => {
    expect(slugs(searchLibrary(library, { condition: "LOW_BACK_PAIN" }))).toEqual(["easy-back", "tilt"]);
    expect(slugs(searchLibrary(library, { condition: "SCIATICA" }))).toEqual([]);
    expect(slugs(searchLibrary(library, { goal: "mobility", equipment: "mat", bodyArea: "lower-back" }))).toEqual(["tilt"]);
    expect(slugs(searchLibrary(library, { equipment: "pool" }))).toEqual([]);
  });
});
