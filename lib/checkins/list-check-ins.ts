import { z } from "zod";
import { requirePatientAccess, requireRole } from "../auth/access";
import type { Viewer } from "../auth/viewer-types";
import { toDbDate } from "../dates/calendar-date";
import { calendarDateField } from "../dates/calendar-date-field";
import type { Database } from "../db/client";
import { InvalidInputError } from "../errors/domain-errors";
import { parseDomainInput } from "../errors/parse-input";
import { checkInViewSelect, toCheckInView, type TCheckInView } from "./check-in-view";

export const MAX_CHECK_INS_LISTED = 366;

/** Which check-ins to list: a range of the patient's calendar dates (both ends included) and how many at most. */
export const ZCheckInListQuery = z.object({
  from: calendarDateField("first date").optional().describe("The earliest date to include (YYYY-MM-DD, the patient's calendar)."),
  to: calendarDateField("last date").optional().describe("The latest date to include (YYYY-MM-DD, the patient's calendar)."),
  limit: z.coerce
    .number({ error: "Enter how many check-ins to list as a number." })
    .int("Enter a whole number of check-ins.")
    .min(1, "List at least 1 check-in.")
    .max(MAX_CHECK_INS_LISTED, `List at most ${MAX_CHECK_INS_LISTED} check-ins at a time.`)
    .default(60)
    .describe(`How many check-ins at most, the newest first (1-${MAX_CHECK_INS_LISTED}; 60 unless given).`),
});

export type TCheckInListQuery = z.input<typeof ZCheckInListQuery>;

/**
 * The patient's check-ins, newest date first: for the patient themself and
 * for the clinicians of their clinic (whose reading is audited).
 */
export async function listCheckIns(db: Database, viewer: Viewer, patientId: string, query: TCheckInListQuery = {}): Promise<TCheckInView[]> {
  requireRole(viewer, "PATIENT", "CLINICIAN");
  const { from, to, limit } = parseDomainInput(ZCheckInListQuery, query);
  if (from && to && from > to) throw new InvalidInputError({ to: ["The last date cannot be before the first date."] });
  await requirePatientAccess(db, viewer, patientId, "patient.checkins.view");
  const rows = await db.checkIn.findMany({
    where: { patientId, date: { ...(from ? { gte: toDbDate(from) } : {}), ...(to ? { lte: toDbDate(to) } : {}) } },
    orderBy: { date: "desc" },
    take: limit,
    select: checkInViewSelect,
  });
  return rows.map(toCheckInView);
}
