import { requirePatientAccess, requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import { calendarDateField } from "../dates/calendar-date-field";
import type { TDatabase } from "../db/client";
import { parseDomainInput } from "../errors/parse-input";
import { pegDueOn } from "./peg-due-on";

/**
 * Whether the patient's check-in for `date` (YYYY-MM-DD, their calendar)
 * should ask the weekly PEG-3 questions: none answered in the 6 days before
 * it (see pegDueOn). For a day filled in later; today's answer is also in
 * getCheckInStatus. For the patient and the clinicians of their clinic.
 */
export async function isPegDue(db: TDatabase, viewer: TViewer, patientId: string, date: string): Promise<boolean> {
  requireRole(viewer, "PATIENT", "CLINICIAN");
  const day = parseDomainInput(calendarDateField("date"), date);
  await requirePatientAccess(db, viewer, patientId, "patient.checkins.view");
  return pegDueOn(db, patientId, day);
}
