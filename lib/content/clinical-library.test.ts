import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sectionOf } from "./render-markdown";
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

  it("has at least 36 exercises, each with steps, a dose and working links", () => {
    expect(library.exercises.length).toBeGreaterThanOrEqual(36);
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

  const exercise = (slug: string) => {
    const found = library.exercises.find((entry) => entry.slug === slug);
    if (!found) throw new Error(`no exercise ${slug}`);
    return found;
  };

  it("says in words how much pain is OK during and after every exercise, matching its acceptablePain", () => {
    for (const entry of library.exercises) {
      const words = sectionOf(entry.body, "How much pain is OK") ?? "";
      if (entry.acceptablePain === 0) expect(words, entry.slug).toMatch(/should not hurt/);
      else {
        expect(words, entry.slug).toContain(`${entry.acceptablePain} out of 10`);
        expect(words, `${entry.slug} says when it should settle`).toMatch(/settle|fade|ease/);
      }
    }
  });

  it("marks every exercise done one side at a time as eachSide", () => {
    for (const entry of library.exercises) {
      if (/switch (legs|sides)|other side\b(?! if)/i.test(sectionOf(entry.body, "Steps") ?? "")) expect(entry.dose.eachSide, entry.slug).toBe(true);
    }
    expect(exercise("bridge").dose.eachSide).toBe(false);
  });

  it("anchors the band row in a shut door on the hinge side and checks the band for wear first", () => {
    const steps = sectionOf(exercise("resistance-band-row").body, "Steps") ?? "";
    expect(steps).toMatch(/hinge side/);
    expect(steps).toMatch(/[Ss]hut the door/);
    expect(steps).toMatch(/tears?\b/);
    expect(steps).not.toMatch(/Tie [^.]*to a door handle/);
  });

  it("waits 2 to 3 days after a hamstring strain before stretching it", () => {
    expect(sectionOf(exercise("hamstring-stretch").body, "Steps")).toMatch(/[Ww]ait 2 to 3 days before you stretch/);
  });

  it("makes heel raises easier with a strength exercise, not a stretch, and draws the heel lifted", () => {
    const heelRaises = exercise("heel-raises");
    expect(heelRaises.easier).toBe("calf-isometric-hold");
    expect(exercise(heelRaises.easier!).goals).toContain("strength");
    expect(exercise(heelRaises.easier!).goals).not.toContain("stretch");
    expect(heelRaises.harder).toBe("eccentric-heel-drop");
    expect(heelRaises.endIllustrationSvg).toMatch(/<title>[^<]*heels lifted/);
  });

  it("draws both positions of cat and cow, and has a drawing for water exercise", () => {
    expect(exercise("cat-cow").illustrationSvg).toMatch(/like a cat/);
    expect(exercise("cat-cow").endIllustrationSvg).toMatch(/like a cow/);
    expect(exercise("water-aerobics").illustrationSvg).toContain("<title>");
  });

  const NEW_EXERCISES = [
    "calf-isometric-hold", "eccentric-heel-drop", "bent-knee-heel-drop", "bridge-march", "long-lever-bridge", "hamstring-heel-dig", "pelvic-floor-squeeze",
    "deep-tummy-activation", "graded-walking-after-surgery", "log-roll", "sit-to-stand", "standing-posture-wall", "side-lying-leg-lift",
  ];

  it("has the new exercises promised to other branches, each drawn at the start and the end", () => {
    for (const slug of NEW_EXERCISES) {
      const entry = exercise(slug);
      expect(entry.illustrationSvg, slug).toContain("<title>");
      expect(entry.endIllustrationSvg, slug).toContain("<title>");
      expect(entry.illustration, slug).not.toBe(entry.endIllustration);
    }
  });

  it("links easier and harder versions into chains that go both ways", () => {
    const chain = (...slugs: string[]) => slugs.slice(1).forEach((slug, index) => {
      expect(exercise(slugs[index]!).harder, slugs[index]).toBe(slug);
      expect(exercise(slug).easier, slug).toBe(slugs[index]);
    });
    chain("calf-isometric-hold", "heel-raises", "eccentric-heel-drop");
    chain("bridge", "bridge-march", "single-leg-bridge");
    chain("hamstring-heel-dig", "long-lever-bridge");
    chain("clamshell", "side-lying-leg-lift");
    chain("pelvic-floor-squeeze", "deep-tummy-activation");
  });
});
