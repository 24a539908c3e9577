import { readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { Condition } from "../db/generated/enums";
import { RED_FLAGS } from "../red-flags/red-flags";
import { CONTENT_DIR, loadLibrary, MAX_GUIDE_GRADE } from "./load-library";

/** The guides added for issue 14 (clinical safety), written to the stricter frontmatter of this round. */
const ISSUE_14_GUIDES = [
  "persistent-low-back-pain",
  "cauda-equina-syndrome",
  "spondylolisthesis",
  "sacroiliac-and-pelvic-girdle-pain",
  "spine-fracture-thin-bones",
  "after-back-surgery",
  "runner-tendon-pain",
];
/** Of those, the ones about the back: each must name every sign of cauda equina syndrome. */
const ISSUE_14_BACK_GUIDES = ISSUE_14_GUIDES.filter((slug) => slug !== "runner-tendon-pain");
const CAUDA_EQUINA_CODES = ["URINE_RETENTION", "BLADDER_NUMB", "BLADDER_BOWEL", "SADDLE_NUMBNESS", "SEXUAL_PROBLEMS", "BOTH_LEGS", "WORSENING_LEG_WEAKNESS"];
const MAX_REVIEW_MONTHS = 24;

function rawFrontmatter(slug: string): Record<string, unknown> {
  return matter(readFileSync(path.join(CONTENT_DIR, "guides", `${slug}.md`), "utf8")).data;
}

function isoDay(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}

describe("the clinical library in content/", () => {
  const library = loadLibrary();

  it("has every required condition guide, each at grade 8 or lower, with help-now signs", () => {
    const slugs = library.guides.map((guide) => guide.slug);
    for (const slug of ["low-back-pain", "muscle-strain", "herniated-disc", "sciatica", "pinched-nerve", "spinal-osteoarthritis", "spinal-stenosis", "leg-pain-after-running", "preventing-back-pain", ...ISSUE_14_GUIDES]) {
      expect(slugs).toContain(slug);
    }
    for (const guide of library.guides) {
      expect(guide.readingGrade, guide.slug).toBeLessThanOrEqual(MAX_GUIDE_GRADE);
      expect(guide.redFlags.length, guide.slug).toBeGreaterThan(0);
      expect(guide.sources.length, guide.slug).toBeGreaterThan(0);
    }
  });

  it("has a guide for every primary condition a clinician can choose", () => {
    const covered = new Set(library.guides.flatMap((guide) => guide.conditions));
    expect(Object.values(Condition).filter((condition) => !covered.has(condition))).toEqual([]);
  });

  it("names every cauda equina sign in each back guide of issue 14, with only known red-flag codes", () => {
    for (const slug of ISSUE_14_BACK_GUIDES) {
      const guide = library.guides.find((entry) => entry.slug === slug);
      expect(guide?.redFlags, slug).toEqual(expect.arrayContaining(CAUDA_EQUINA_CODES));
    }
    expect(CAUDA_EQUINA_CODES.every((code) => RED_FLAGS.some((flag) => flag.code === code && flag.level === "EMERGENCY"))).toBe(true);
  });

  it("gives each guide of issue 14 grade 6, a review date with its next review within 24 months, and 3+ sources with title, publisher, year and address", () => {
    for (const slug of ISSUE_14_GUIDES) {
      const data = rawFrontmatter(slug);
      const guide = library.guides.find((entry) => entry.slug === slug);
      expect(data.readingLevel, slug).toBeLessThanOrEqual(6);
      expect(guide?.readingGrade, slug).toBeLessThanOrEqual(6);
      expect(data.reviewedBy, slug).toEqual(expect.any(String));
      const reviewed = new Date(isoDay(data.reviewed));
      const nextReview = new Date(isoDay(data.nextReview));
      const latest = new Date(reviewed);
      latest.setUTCMonth(latest.getUTCMonth() + MAX_REVIEW_MONTHS);
      expect(nextReview > reviewed && nextReview <= latest, slug).toBe(true);
      const sources = data.sources as { title?: unknown; publisher?: unknown; year?: unknown; url?: unknown }[];
      expect(sources.length, slug).toBeGreaterThanOrEqual(3);
      for (const source of sources) {
        expect(source, slug).toMatchObject({ title: expect.any(String), publisher: expect.any(String), year: expect.any(Number), url: expect.stringMatching(/^https:\/\//) });
        // Never the clinic's reworded source article (content rules of issue 14).
        expect(String(source.title).toLowerCase(), slug).not.toContain("clinic source article");
      }
    }
  });

  it("points patients to their flare-up plan and to the printable cauda equina card", () => {
    const body = (slug: string) => library.guides.find((guide) => guide.slug === slug)?.body ?? "";
    expect(body("persistent-low-back-pain")).toContain("](/my-flare-up-plan)");
    expect(body("cauda-equina-syndrome")).toContain("](/library/cauda-equina-card)");
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

