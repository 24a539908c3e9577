import { requirePatientAccess, requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import { toDbDate } from "../dates/calendar-date";
import { calendarDateField } from "../dates/calendar-date-field";
import type { TDatabase } from "../db/client";
import { parseDomainInput } from "../errors/parse-input";
import { checkInViewSelect, toCheckInView, type TCheckInView } from "./check-in-view";

/**
 * The patient's check-in for one of their calendar dates (YYYY-MM-DD), or null
 * when there is none yet: to fill in the form that changes it. For the patient
 * and the clinicians of their clinic (whose reading is audited).
 */
export async function getCheckInForDate(db: TDatabase, viewer: TViewer, patientId: string, date: string): Promise<TCheckInView | null> {
  requireRole(viewer, "PATIENT", "CLINICIAN");
  const day = parseDomainInput(calendarDateField("date"), date);
  await requirePatientAccess(db, viewer, patientId, "patient.checkins.view");
  const row = await db.checkIn.findUnique({ where: { patientId_date: { patientId, date: toDbDate(day) } }, select: checkInViewSelect });
  return row ? toCheckInView(row) : null;
}
