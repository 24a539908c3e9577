import { fromDbDate } from "../dates/calendar-date";
import { pegScoreOf } from "./peg-score";
import type { BodySide } from "../db/generated/enums";
import type { Prisma } from "../db/generated/client";

/*
 * A daily check-in outside the database: plain JSON-safe values (the date as
 * "YYYY-MM-DD" in the patient's calendar, instants as ISO strings), returned by
 * the lib functions and by the API unchanged. Check-ins are only read through
 * this select, so every caller gets the same shape.
 */

export type TCheckInView = {
  id: string;
  /** The patient's local calendar date it is about (YYYY-MM-DD). */
  date: string;
  painNow: number;
  painAreas: string[];
  painSide: BodySide | null;
  belowKnee: boolean;
  numbness: boolean;
  weakness: boolean;
  activityMinutes: number | null;
  sleepDisturbed: boolean;
  tookPainMedicine: boolean;
  note: string | null;
  /** Red-flag codes answered yes (lib/red-flags). */
  redFlags: string[];
  pegPain: number | null;
  pegEnjoyment: number | null;
  pegActivity: number | null;
  /** The PEG-3 score: the mean of the three answers to one decimal, or null when they were not asked. */
  pegScore: number | null;
  createdAt: string;
  updatedAt: string;
};

export const checkInViewSelect = {
  id: true,
  date: true,
  painNow: true,
  painAreas: true,
  painSide: true,
  belowKnee: true,
  numbness: true,
  weakness: true,
  activityMinutes: true,
  sleepDisturbed: true,
  tookPainMedicine: true,
  note: true,
  redFlags: true,
  pegPain: true,
  pegEnjoyment: true,
  pegActivity: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.CheckInSelect;

type CheckInRow = Prisma.CheckInGetPayload<{ select: typeof checkInViewSelect }>;

export function toCheckInView(row: CheckInRow): TCheckInView {
  const { date, createdAt, updatedAt, ...fields } = row;
  return { ...fields, date: fromDbDate(date), pegScore: pegScoreOf(row), createdAt: createdAt.toISOString(), updatedAt: updatedAt.toISOString() };
}
