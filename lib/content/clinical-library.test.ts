import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadLibrary, MAX_GUIDE_GRADE } from "./load-library";

describe("the clinical library in content/", () => {
  const library = loadLibrary();

  it("has every required condition guide, each at grade 8 or lower, with help-now signs", () => {
    const slugs = library.guides.map((guide) => guide.slug);
    for (const slug of ["low-back-pain", "muscle-strain", "herniated-disc", "sciatica", "pinched-nerve", "spinal-osteoarthritis", "spinal-stenosis", "leg-pain-after-running", "preventing-back-pain"]) {
      expect(slugs).toContain(slug);
    }
    for (const guide of library.guides) {
      expect(guide.readingGrade, guide.slug).toBeLessThanOrEqual(MAX_GUIDE_GRADE);
      expect(guide.redFlags.length, guide.slug).toBeGreaterThan(0);
      expect(guide.sources.length, guide.slug).toBeGreaterThan(0);
    }
  });

  it("has at least 24 exercises, each with steps, a dose and working links", () => {
    expect(library.exercises.length).toBeGreaterThanOrEqual(24);
    for (const exercise of library.exercises) expect(exercise.body, exercise.slug).toMatch(/^## Steps/m);
  });

  it("never copies sentences from the clinic's source article", () => {
    const article = readFileSync(path.resolve("../shared/seeds/back-pain-article.txt"), "utf8").toLowerCase();
    const sentences = [...library.guides, ...library.exercises]
      .flatMap((entry) => entry.body.split(/(?<=[.!?])\s+/))
      .map((sentence) => sentence.replace(/[#*_-]/g, "").trim().toLowerCase())
      .filter((sentence) => sentence.split(/\s+/).length >= 8);
    expect(sentences.filter((sentence) => article.includes(sentence))).toEqual([]);
  });
});

