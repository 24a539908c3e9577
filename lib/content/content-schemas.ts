import { z } from "zod";
import { Condition } from "../db/generated/enums";
import { RED_FLAGS } from "../red-flags/red-flags";

const ZSlug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lower-case words joined by hyphens");
const ZIsoDate = z
  .union([z.string(), z.date()], { error: "is required, as a date like 2026-12-01" })
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date like 2026-12-01").refine(isRealDate, "is not a real date"));
const RED_FLAG_CODES = RED_FLAGS.map((flag) => flag.code) as [string, ...string[]];

function isRealDate(date: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date);
}

/** Patients read guides at grade 6 or lower (the usual target for health information for the public). */
export const MAX_GUIDE_GRADE = 6;
export const MIN_GUIDE_SOURCES = 3;
/** A guide is looked at again at least every two years, so advice does not quietly go out of date. */
export const MAX_REVIEW_INTERVAL_MONTHS = 24;

/** The latest allowed next-review date: the same calendar day MAX_REVIEW_INTERVAL_MONTHS later (compared as ISO strings). */
function latestNextReview(reviewed: string): string {
  const [year, month, day] = reviewed.split("-").map(Number) as [number, number, number];
  const months = year * 12 + (month - 1) + MAX_REVIEW_INTERVAL_MONTHS;
  return `${String(Math.floor(months / 12)).padStart(4, "0")}-${String((months % 12) + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export const ZGuideSource = z.object({
  title: z.string({ error: "is required" }).trim().min(3, "is required"),
  publisher: z.string({ error: "is required" }).trim().min(2, "is required"),
  year: z.number({ error: "is required, as a number (e.g. 2016)" }).int().min(1900).max(2100),
  url: z.url({ protocol: /^https$/, error: "is required, as an https:// address" }),
});

export const ZGuideFrontmatter = z
  .object({
    slug: ZSlug,
    title: z.string().min(3).max(80),
    summary: z.string().min(10).max(200),
    conditions: z.array(z.enum(Condition)),
    readingLevel: z.number().max(MAX_GUIDE_GRADE, `guides must read at grade ${MAX_GUIDE_GRADE} or lower`),
    reviewed: ZIsoDate,
    reviewedBy: z.string({ error: "is required (who reviewed the guide)" }).trim().min(3, "is required (who reviewed the guide)"),
    nextReview: ZIsoDate,
    sources: z.array(ZGuideSource).min(MIN_GUIDE_SOURCES, `needs at least ${MIN_GUIDE_SOURCES} sources`),
    redFlags: z.array(z.enum(RED_FLAG_CODES)).min(1),
    /** Guide-specific signs that need care the same day (shown with the urgent red flags). */
    extraUrgentSigns: z.array(z.string().min(3)).default([]),
    /** Guide-specific signs that need the emergency number now (shown with the emergency red flags). */
    extraEmergencySigns: z.array(z.string().min(3)).default([]),
    exercises: z.array(ZSlug).default([]),
  })
  .superRefine((guide, context) => {
    if (guide.nextReview <= guide.reviewed) {
      context.addIssue({ code: "custom", path: ["nextReview"], message: `must be after reviewed (${guide.reviewed})` });
    } else if (guide.nextReview > latestNextReview(guide.reviewed)) {
      context.addIssue({ code: "custom", path: ["nextReview"], message: `must be at most ${MAX_REVIEW_INTERVAL_MONTHS} months after reviewed (${latestNextReview(guide.reviewed)} at the latest)` });
    }
    const reviewedYear = Number(guide.reviewed.slice(0, 4));
    guide.sources.forEach((source, index) => {
      if (source.year > reviewedYear) context.addIssue({ code: "custom", path: ["sources", index, "year"], message: `is after the review date (${guide.reviewed})` });
    });
  });

export const BODY_AREAS = ["lower-back", "hips", "hamstrings", "calves", "core", "upper-back", "whole-body"] as const;
export const GOALS = ["mobility", "strength", "endurance", "stretch", "nerve-glide", "aerobic"] as const;
export const EQUIPMENT = ["none", "mat", "chair", "wall", "resistance-band", "pool", "towel", "step"] as const;

export const ZExerciseDose = z
  .object({
    sets: z.number().int().min(1).max(10),
    reps: z.number().int().min(1).max(100).optional(),
    holdSeconds: z.number().int().min(1).max(600).optional(),
    minutes: z.number().int().min(1).max(180).optional(),
    timesPerDay: z.number().int().min(1).max(10),
    daysPerWeek: z.number().int().min(1).max(7),
    /** Done on one side, then the other: the amount is for each side. */
    eachSide: z.boolean().default(false),
  })
  .refine((dose) => dose.reps !== undefined || dose.holdSeconds !== undefined || dose.minutes !== undefined, "a dose needs reps, holdSeconds or minutes");

export const ZExerciseFrontmatter = z.object({
  slug: ZSlug,
  name: z.string().min(3).max(60),
  bodyArea: z.enum(BODY_AREAS),
  goals: z.array(z.enum(GOALS)).min(1),
  equipment: z.array(z.enum(EQUIPMENT)).min(1),
  dose: ZExerciseDose,
  /**
   * The most pain (0-10) that is fine during the exercise, as long as it
   * settles by the next morning: the "pain-monitoring model" (Silbernagel et
   * al., "Continued sports activity, using a pain-monitoring model, during
   * rehabilitation in patients with Achilles tendinopathy", Am J Sports Med
   * 2007, https://doi.org/10.1177/0363546506298279).
   */
  acceptablePain: z.number({ error: "is required: the most pain (0-10) that is OK during the exercise" }).int().min(0).max(10),
  conditions: z.array(z.enum(Condition)).min(1),
  easier: ZSlug.nullable().default(null),
  harder: ZSlug.nullable().default(null),
  illustration: z.string().regex(/^[a-z0-9-]+\.svg$/).nullable().default(null),
  /** A second drawing for the end position, shown beside `illustration` (the start). */
  endIllustration: z.string().regex(/^[a-z0-9-]+\.svg$/).nullable().default(null),
});

export type TGuideFrontmatter = z.infer<typeof ZGuideFrontmatter>;
export type TExerciseFrontmatter = z.infer<typeof ZExerciseFrontmatter>;
export type TExerciseDose = z.infer<typeof ZExerciseDose>;
/** A dose as written in a file, where `eachSide` may be left out. */
export type TExerciseDoseInput = z.input<typeof ZExerciseDose>;
