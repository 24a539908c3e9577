import { requirePatientAccess, requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import { toDbDate } from "../dates/calendar-date";
import type { TDatabase } from "../db/client";
import { InvalidInputError } from "../errors/domain-errors";
import { parseDomainInput } from "../errors/parse-input";
import { ZCheckInListQuery, type TCheckInListQuery } from "./check-in-input";
import { checkInViewSelect, toCheckInView, type TCheckInView } from "./check-in-view";

/**
 * The patient's check-ins, newest date first: for the patient themself and
 * for the clinicians of their clinic (whose reading is audited).
 */
export async function listCheckIns(db: TDatabase, viewer: TViewer, patientId: string, query: TCheckInListQuery = {}): Promise<TCheckInView[]> {
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
