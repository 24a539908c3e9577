import { z } from "zod";

/*
 * A flare-up plan: what the patient agreed with their clinician to do when
 * back pain flares up. Self-management plans of this kind are part of NICE's
 * advice for low back pain (NICE NG59 "Low back pain and sciatica in over
 * 16s: assessment and management", 2016, updated 2020,
 * https://www.nice.org.uk/guidance/ng59: "provide people with advice and
 * information, tailored to their needs and capabilities, to help them
 * self-manage"). Each part is optional free text, in plain words.
 */

/** Longest text in one part of the plan. */
export const FLARE_UP_TEXT_MAX = 1000;

export const FLARE_UP_PLAN_PARTS = [
  { field: "earlySigns", label: "Early signs of a flare-up", hint: "What you notice first. For example: stiff in the morning, pain after sitting, a twinge when lifting." },
  { field: "whatHelps", label: "What helps me", hint: "For example: keep moving gently, short walks, heat, pacing my day, my exercises." },
  { field: "scaleBack", label: "Activities to scale back, and how", hint: "What to do less of for a few days, and how to build back up." },
  { field: "medicines", label: "Medicines my clinician agreed on", hint: "Name, dose and for how long, as agreed with your clinician." },
  { field: "whenToGetHelp", label: "When to get help", hint: "The warning signs in the list below always need help: now, or the same day." },
  { field: "whoToContact", label: "Who to contact", hint: "For example: your clinic's phone number, your doctor, who can help at home." },
] as const;

export type TFlareUpField = (typeof FLARE_UP_PLAN_PARTS)[number]["field"];
export const FLARE_UP_FIELDS = FLARE_UP_PLAN_PARTS.map((part) => part.field);

/** What a new plan's "When to get help" starts with: a pointer to the red flags shown beside it (lib/red-flags/red-flags.ts). */
export const DEFAULT_WHEN_TO_GET_HELP =
  "Call the emergency number now if I have any sign in the first list of warning signs. Contact my clinic or a doctor the same day if I have any sign in the second list. Tell my clinic if a flare-up does not start to settle.";

const ZPart = z
  .string({ error: "Write text here, or leave it empty." })
  .trim()
  .max(FLARE_UP_TEXT_MAX, `Keep this under ${FLARE_UP_TEXT_MAX.toLocaleString("en")} characters.`)
  .nullish()
  .transform((value) => (value ? value : null));

/**
 * A whole plan, as saved: a save replaces every part (a part left out or
 * empty is cleared), so the same request twice leaves the same plan.
 * Unknown fields are refused, so a misspelt part is never silently dropped.
 */
export const ZFlareUpPlanInput = z.strictObject(Object.fromEntries(FLARE_UP_FIELDS.map((field) => [field, ZPart])) as Record<TFlareUpField, typeof ZPart>);

export type TFlareUpPlanInput = z.input<typeof ZFlareUpPlanInput>;
export type TFlareUpPlanParts = z.output<typeof ZFlareUpPlanInput>;
