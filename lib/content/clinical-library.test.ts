import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { Condition } from "../db/generated/enums";
import { MIN_GUIDE_SOURCES } from "./content-schemas";
import { loadLibrary, MAX_GUIDE_GRADE, type TGuide } from "./load-library";
import { sectionOf } from "./render-markdown";

const BACK_GUIDES = [
  "low-back-pain",
  "muscle-strain",
  "herniated-disc",
  "sciatica",
  "pinched-nerve",
  "spinal-osteoarthritis",
  "spinal-stenosis",
  "preventing-back-pain",
  "persistent-low-back-pain",
  "cauda-equina-syndrome",
  "spondylolisthesis",
  "sacroiliac-and-pelvic-girdle-pain",
  "spine-fracture-thin-bones",
  "after-back-surgery",
];
const ALL_GUIDES = [...BACK_GUIDES, "leg-pain-after-running"];
/** Guides that are not about the back itself (tendons): every other rule still applies. */
const OTHER_GUIDES = ["runner-tendon-pain"];
/** Cauda equina syndrome: the emergency signs every back guide shows (NHS "Cauda equina syndrome"; GIRFT national suspected CES pathway, 2023). */
const CAUDA_EQUINA_FLAGS = ["URINE_RETENTION", "BLADDER_NUMB", "BLADDER_BOWEL", "SADDLE_NUMBNESS", "SEXUAL_PROBLEMS", "BOTH_LEGS"];
const NICE_NG59 = "https://www.nice.org.uk/guidance/ng59";

describe("the clinical library in content/", () => {
  const library = loadLibrary();
  const guide = (slug: string): TGuide => {
    const found = library.guides.find((entry) => entry.slug === slug);
    if (!found) throw new Error(`no guide ${slug}`);
    return found;
  };
  const sourceUrls = (slug: string) => guide(slug).sources.map((source) => source.url);

  it(`has every required condition guide, each at grade ${MAX_GUIDE_GRADE} or lower, reviewed, with ${MIN_GUIDE_SOURCES}+ sources and help-now signs`, () => {
    const slugs = library.guides.map((entry) => entry.slug);
    for (const slug of ALL_GUIDES) expect(slugs).toContain(slug);
    for (const entry of library.guides) {
      expect(entry.readingGrade, entry.slug).toBeLessThanOrEqual(MAX_GUIDE_GRADE);
      expect(entry.redFlags.length, entry.slug).toBeGreaterThan(0);
      expect(entry.sources.length, entry.slug).toBeGreaterThanOrEqual(MIN_GUIDE_SOURCES);
      expect(entry.reviewedBy, entry.slug).not.toBe("");
      expect(entry.nextReview > entry.reviewed, entry.slug).toBe(true);
    }
  });

  it("shows the cauda equina signs and quickly worsening leg weakness on every back and leg guide, and cites NICE NG59 and an NHS page", () => {
    for (const slug of ALL_GUIDES) {
      expect(guide(slug).redFlags, slug).toEqual(expect.arrayContaining([...CAUDA_EQUINA_FLAGS, "WORSENING_LEG_WEAKNESS"]));
      expect(sourceUrls(slug), slug).toContain(NICE_NG59);
      expect(sourceUrls(slug).some((url) => url.startsWith("https://www.nhs.uk/conditions/")), slug).toBe(true);
    }
  });

  it("has a guide for every primary condition a clinician can choose, and no guide outside the lists above", () => {
    const covered = new Set(library.guides.flatMap((entry) => entry.conditions));
    expect(Object.values(Condition).filter((condition) => !covered.has(condition))).toEqual([]);
    expect(library.guides.map((entry) => entry.slug).filter((slug) => ![...ALL_GUIDES, ...OTHER_GUIDES].includes(slug))).toEqual([]);
    expect(library.guides.length).toBeGreaterThanOrEqual(16);
  });

  it("points patients to their flare-up plan and to the printable cauda equina card", () => {
    expect(guide("persistent-low-back-pain").body).toContain("](/my-flare-up-plan)");
    expect(guide("cauda-equina-syndrome").body).toContain("](/library/cauda-equina-card)");
  });

  it("puts a guide's own emergency signs (a clot in the lung) with the emergencies, never with the same-day signs", () => {
    for (const entry of library.guides) {
      expect(entry.extraUrgentSigns.filter((sign) => /chest pain|short(ness)? of breath/i.test(sign)), entry.slug).toEqual([]);
    }
    expect(guide("after-back-surgery").extraEmergencySigns.join(" ")).toMatch(/shortness of breath/);
    expect(guide("leg-pain-after-running").extraEmergencySigns.join(" ")).toMatch(/shortness of breath/);
  });

  it("never cites the clinic's source article", () => {
    for (const entry of library.guides) {
      for (const source of entry.sources) {
        expect(`${source.title} ${source.publisher}`, entry.slug).not.toMatch(/clinic source article|clinic library|back-pain-article/i);
      }
    }
  });

  it("never copies sentences from the clinic's source article", () => {
    // The shared folder sits beside the checkout (../shared), or two levels up from a worktree in /work/wt/<name>.
    const articlePath = ["../shared", "../../shared"].map((dir) => path.resolve(dir, "seeds/back-pain-article.txt")).find((file) => existsSync(file));
    expect(articlePath, "shared/seeds/back-pain-article.txt").toBeDefined();
    const article = readFileSync(articlePath!, "utf8").toLowerCase();
    const sentences = [...library.guides, ...library.exercises]
      .flatMap((entry) => entry.body.split(/(?<=[.!?])\s+/))
      .map((sentence) => sentence.replace(/[#*_-]/g, "").trim().toLowerCase())
      .filter((sentence) => sentence.split(/\s+/).length >= 8);
    expect(sentences.filter((sentence) => article.includes(sentence))).toEqual([]);
  });
});

describe("the clinical review's corrections hold", () => {
  const library = loadLibrary();
  const guide = (slug: string): TGuide => library.guides.find((entry) => entry.slug === slug)!;

  it("leg pain after running: names an Achilles tendon rupture as same-day care and keeps heel-loading exercises out until it is ruled out", () => {
    const running = guide("leg-pain-after-running");
    expect(running.body).toMatch(/Achilles tendon rupture/);
    expect(running.body).toMatch(/kicked you in the back of the leg/);
    expect(running.body).toMatch(/cannot stand on tiptoe/);
    expect(running.body).toMatch(/gap or a dip just above the heel/);
    expect(running.body).toMatch(/get seen the same day/i);
    expect(running.extraUrgentSigns.join(" ")).toMatch(/Achilles/);
    expect(running.extraUrgentSigns.join(" ")).toMatch(/tiptoe/);
    expect(running.extraUrgentSigns.join(" ")).toMatch(/gap just above the heel/);
    // Loading or stretching a torn Achilles tendon harms it: no heel raises or calf work until a clinician rules a tear out.
    for (const slug of ["heel-raises", "calf-stretch", "calf-isometric-hold", "eccentric-heel-drop", "bent-knee-heel-drop"]) {
      expect(running.exercises).not.toContain(slug);
      expect(running.body).not.toContain(`/library/exercises/${slug}`);
    }
    expect(running.body).toMatch(/do not do heel raises or calf stretches/i);
  });

  it("leg pain after running: a dent in the muscle is same-day care, not a routine call", () => {
    const running = guide("leg-pain-after-running");
    expect(sectionOf(running.body, "When to call your clinic")).not.toMatch(/dent/i);
    expect(sectionOf(running.body, "A dent in the muscle")).toMatch(/same day/i);
    expect(running.extraUrgentSigns.join(" ")).toMatch(/dent or gap .* muscle/i);
  });

  it("pinched nerve: stay active, not rest (NICE NG59)", () => {
    const body = guide("pinched-nerve").body;
    expect(body).not.toMatch(/all that is needed/i);
    expect(body).not.toMatch(/resting the sore area/i);
    expect(body).toMatch(/gently active/i);
  });

  it("sciatica: bed rest does not help (it is not said to make it worse)", () => {
    const body = guide("sciatica").body;
    expect(body).not.toMatch(/(bed|rest)[^.]*makes? it worse/i);
    expect(body).toMatch(/in bed does not help/i);
  });

  it("preventing back pain: exercise is what is shown to work; belts, insoles and lifting technique are not (Steffens 2016)", () => {
    const prevention = guide("preventing-back-pain");
    expect(prevention.sources.map((source) => source.url)).toContain("https://jamanetwork.com/journals/jamainternalmedicine/fullarticle/2481158");
    const doesNotWork = sectionOf(prevention.body, "What does not prevent back pain") ?? "";
    expect(doesNotWork).toMatch(/back belts/i);
    expect(doesNotWork).toMatch(/insoles/i);
    expect(doesNotWork).toMatch(/way to lift/i);
    expect(sectionOf(prevention.body, "What works: exercise")).toMatch(/exercise lowers the chance/i);
    expect(prevention.body).not.toMatch(/lift (anything heavy )?the safe way/i);
  });

  it("spinal stenosis: epidural steroid injections are not advised for walking leg pain (NICE NG59; Friedly 2014)", () => {
    const stenosis = guide("spinal-stenosis");
    expect(stenosis.body).toMatch(/epidural injection\*\*\. It is not advised/);
    expect(stenosis.sources.map((source) => source.url)).toEqual(expect.arrayContaining([NICE_NG59, "https://www.nejm.org/doi/full/10.1056/NEJMoa1313265"]));
  });

  it("low back pain: has a symptoms section, and each figure comes with the study it is from", () => {
    const lowBack = guide("low-back-pain");
    const urls = lowBack.sources.map((source) => source.url);
    expect(sectionOf(lowBack.body, "How it feels")).toBeTruthy();
    expect(lowBack.body).not.toMatch(/1 in 5|about half|9 out of 10|\d+ ?%/i);
    if (/7 in 10/.test(lowBack.body)) expect(urls).toContain("https://doi.org/10.1136/bmj.a171");
    if (/2 in 3/.test(lowBack.body)) expect(urls).toContain("https://doi.org/10.1016/j.jphys.2019.04.010");
  });

  it("herniated disc says when to get help; spinal osteoarthritis says what to expect", () => {
    expect(sectionOf(guide("herniated-disc").body, "When to get help")).toMatch(/cauda equina/i);
    expect(sectionOf(guide("spinal-osteoarthritis").body, "What to expect")).toMatch(/comes and goes/i);
  });
});


describe("the exercises in content/", () => {
  const library = loadLibrary();
  const exercise = (slug: string) => {
    const found = library.exercises.find((entry) => entry.slug === slug);
    if (!found) throw new Error(`no exercise ${slug}`);
    return found;
  };

  it("has at least 36 exercises, each with steps, a dose and working links", () => {
    expect(library.exercises.length).toBeGreaterThanOrEqual(36);
    for (const exercise of library.exercises) expect(exercise.body, exercise.slug).toMatch(/^## Steps/m);
  });


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
