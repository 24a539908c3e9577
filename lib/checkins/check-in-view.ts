import { z } from "zod";
import { fromDbDate } from "../dates/calendar-date";
import { pegScoreOf } from "./peg-score";
import { BodySide } from "../db/generated/enums";
import type { Prisma } from "../db/generated/client";

/*
 * A daily check-in outside the database: plain JSON-safe values (the date as
 * "YYYY-MM-DD" in the patient's calendar, instants as ISO strings), returned by
 * the lib functions and by the API unchanged. Check-ins are only read through
 * this select, so every caller gets the same shape.
 */

export const ZCheckInView = z.object({
  id: z.string(),
  date: z.string().describe("The patient's local calendar date it is about (YYYY-MM-DD)."),
  painNow: z.number().int(),
  painAreas: z.array(z.string()),
  painSide: z.enum(BodySide).nullable(),
  belowKnee: z.boolean(),
  numbness: z.boolean(),
  weakness: z.boolean(),
  activityMinutes: z.number().int().nullable(),
  sleepDisturbed: z.boolean(),
  tookPainMedicine: z.boolean(),
  note: z.string().nullable(),
  redFlags: z.array(z.string()).describe("Red-flag codes answered yes."),
  pegPain: z.number().int().nullable(),
  pegEnjoyment: z.number().int().nullable(),
  pegActivity: z.number().int().nullable(),
  pegScore: z.number().nullable().describe("The PEG-3 score: the mean of the three answers to one decimal, or null."),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export type TCheckInView = z.infer<typeof ZCheckInView>;

/** Computed from the stored answers, not a column. */
const COMPUTED = ["pegScore"] as const;
type TStoredColumn = Exclude<keyof TCheckInView, (typeof COMPUTED)[number]>;

const selectOf = <TSelect extends Prisma.CheckInSelect>(select: TSelect) => select;

/** Every column the view shows, from the view's own schema. */
export const checkInViewSelect = selectOf(
  Object.fromEntries(Object.keys(ZCheckInView.shape).filter((key) => !(COMPUTED as readonly string[]).includes(key)).map((key) => [key, true])) as { [K in TStoredColumn]: true },
);

type CheckInRow = Prisma.CheckInGetPayload<{ select: typeof checkInViewSelect }>;

export function toCheckInView(row: CheckInRow): TCheckInView {
  const { date, createdAt, updatedAt, ...fields } = row;
  return { ...fields, date: fromDbDate(date), pegScore: pegScoreOf(row), createdAt: createdAt.toISOString(), updatedAt: updatedAt.toISOString() };
}
