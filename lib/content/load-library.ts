import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import type { z } from "zod";
import { MAX_GUIDE_GRADE, ZExerciseFrontmatter, ZGuideFrontmatter, type TExerciseFrontmatter, type TGuideFrontmatter } from "./content-schemas";
import { readability } from "./readability";
import { sectionOf } from "./render-markdown";

export const CONTENT_DIR = path.join(process.cwd(), "content");
export { MAX_GUIDE_GRADE };
const MAX_ILLUSTRATION_BYTES = 3072;
/** The `##` sections every exercise has, in this order. */
export const EXERCISE_SECTIONS = ["Steps", "How it should feel", "How much pain is OK", "Stop and call your clinic if"] as const;

export interface TGuide extends TGuideFrontmatter {
  body: string;
  /** Version of the content: a hash of the whole file. */
  contentHash: string;
  readingGrade: number;
}

export interface TExercise extends TExerciseFrontmatter {
  body: string;
  contentHash: string;
  illustrationSvg: string | null;
  /** The end position, when the exercise has a second drawing; `illustrationSvg` is then the start. */
  endIllustrationSvg: string | null;
}

export interface TLibrary {
  guides: TGuide[];
  exercises: TExercise[];
}

export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`The clinical library has ${problems.length} problem(s):\n- ${problems.join("\n- ")}`);
    this.name = "ContentError";
  }
}

type Parsed<T> = { file: string; data: T; body: string; contentHash: string };

function readEntries<T>(dir: string, schema: z.ZodType<T>, problems: string[]): Parsed<T>[] {
  if (!existsSync(/* turbopackIgnore: true */ dir)) return [];
  return readdirSync(/* turbopackIgnore: true */ dir)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .flatMap((name) => {
      const file = path.join(dir, name);
      const source = readFileSync(/* turbopackIgnore: true */ file, "utf8");
      const { data, content } = matter(source);
      const parsed = schema.safeParse(data);
      if (!parsed.success) {
        problems.push(...parsed.error.issues.map((issue) => `${name}: ${issue.path.join(".") || "frontmatter"} ${issue.message}`));
        return [];
      }
      const slug = (parsed.data as { slug: string }).slug;
      if (`${slug}.md` !== name) problems.push(`${name}: slug "${slug}" does not match the file name`);
      return [{ file: name, data: parsed.data, body: content.trim(), contentHash: createHash("sha256").update(source).digest("hex").slice(0, 16) }];
    });
}

/**
 * An illustration we inline into pages: our own simple SVG, nothing that runs
 * or loads, drawn in the page's text colour (so it follows the theme and
 * prints), with its words in the page rather than in the picture.
 */
function illustrationProblem(svg: string): string | null {
  if (Buffer.byteLength(svg) > MAX_ILLUSTRATION_BYTES) return `is over ${MAX_ILLUSTRATION_BYTES} bytes`;
  if (!/^\s*<svg[\s>]/.test(svg) || !/role="img"/.test(svg) || !/<title>[^<]{3,}<\/title>/.test(svg)) return "needs an <svg role=\"img\"> with a <title>";
  if (/<script|<foreignObject|\bon[a-z]+\s*=|href\s*=|url\(/i.test(svg)) return "may not contain scripts, event handlers or links";
  if (!/<svg[^>]*\sviewBox="0 0 240 140"/.test(svg)) return 'needs viewBox="0 0 240 140"';
  if (/<text[\s>]/.test(svg)) return "may not contain text (labels belong in the page)";
  const colours = [...svg.matchAll(/\b(?:stroke|fill)="([^"]*)"/g)].map((match) => match[1]);
  if (colours.some((colour) => colour !== "currentColor" && colour !== "none")) return "must draw in currentColor";
  return null;
}

/**
 * Reads and checks the whole library: frontmatter against its schema, file
 * names, reading level, required sections, and every cross-link. Throws a
 * ContentError listing every problem at once.
 */
export function loadLibrary(dir: string = CONTENT_DIR): TLibrary {
  const problems: string[] = [];
  const guideEntries = readEntries(path.join(dir, "guides"), ZGuideFrontmatter, problems);
  const exerciseEntries = readEntries(path.join(dir, "exercises"), ZExerciseFrontmatter, problems);
  const exerciseSlugs = new Set(exerciseEntries.map((entry) => entry.data.slug));

  const guides = guideEntries.map(({ file, data, body, contentHash }) => {
    const { grade } = readability(body);
    if (grade > Math.min(data.readingLevel, MAX_GUIDE_GRADE)) problems.push(`${file}: reads at grade ${grade}, above ${Math.min(data.readingLevel, MAX_GUIDE_GRADE)}`);
    if (!sectionOf(body, "What you can do today")) problems.push(`${file}: needs a "## What you can do today" section`);
    for (const slug of data.exercises) if (!exerciseSlugs.has(slug)) problems.push(`${file}: exercise "${slug}" does not exist`);
    return { ...data, body, contentHash, readingGrade: grade };
  });

  const exercises = exerciseEntries.map(({ file, data, body, contentHash }) => {
    for (const link of [data.easier, data.harder]) if (link && !exerciseSlugs.has(link)) problems.push(`${file}: exercise "${link}" does not exist`);
    for (const heading of EXERCISE_SECTIONS) {
      if (!sectionOf(body, heading)) problems.push(`${file}: needs a "## ${heading}" section`);
    }
    const headings = [...body.matchAll(/^## (.+?)\s*$/gm)].map((match) => match[1]).filter((heading) => (EXERCISE_SECTIONS as readonly string[]).includes(heading ?? ""));
    if (headings.join("|") !== EXERCISE_SECTIONS.join("|") && EXERCISE_SECTIONS.every((heading) => headings.includes(heading))) {
      problems.push(`${file}: sections must come in this order: ${EXERCISE_SECTIONS.join(", ")}`);
    }
    if (data.endIllustration && !data.illustration) problems.push(`${file}: endIllustration needs an illustration of the start position too`);
    const readIllustration = (name: string | null): string | null => {
      if (!name) return null;
      const svgPath = path.join(dir, "exercises", "illustrations", name);
      if (!existsSync(/* turbopackIgnore: true */ svgPath)) {
        problems.push(`${file}: illustration ${name} does not exist`);
        return null;
      }
      const svg = readFileSync(/* turbopackIgnore: true */ svgPath, "utf8");
      const problem = illustrationProblem(svg);
      if (problem) problems.push(`${name} ${problem}`);
      return svg;
    };
    return { ...data, body, contentHash, illustrationSvg: readIllustration(data.illustration), endIllustrationSvg: readIllustration(data.endIllustration) };
  });

  if (problems.length) throw new ContentError(problems);
  return { guides, exercises };
}

let cached: TLibrary | undefined;

/** The library for the running app: read once in production, on every call in development. */
export function getLibrary(): TLibrary {
  if (process.env.NODE_ENV !== "production") return loadLibrary();
  cached ??= loadLibrary();
  return cached;
}
