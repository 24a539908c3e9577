import { requirePatientAccess, requireRole } from "../auth/access";
import type { Viewer } from "../auth/viewer-types";
import { fromDbDate } from "../dates/calendar-date";
import type { Database } from "../db/client";

export type TRedFlagAlertView = {
  id: string;
  checkInId: string;
  /** The date of the check-in that raised it (YYYY-MM-DD, the patient's calendar). */
  date: string;
  /** Red-flag codes (lib/red-flags/red-flags.ts). */
  flags: string[];
  raisedAt: string;
};

/**
 * The patient's red-flag alerts no clinician has reviewed yet, newest first:
 * for the clinicians of the patient's clinic (audited), on the patient's page.
 */
export async function listOpenRedFlagAlerts(db: Database, viewer: Viewer, patientId: string): Promise<TRedFlagAlertView[]> {
  requireRole(viewer, "CLINICIAN");
  await requirePatientAccess(db, viewer, patientId, "patient.alerts.view");
  const alerts = await db.redFlagAlert.findMany({
    where: { patientId, reviewedAt: null },
    orderBy: [{ raisedAt: "desc" }, { id: "desc" }],
    take: 200,
    select: { id: true, checkInId: true, flags: true, raisedAt: true, checkIn: { select: { date: true } } },
  });
  return alerts.map(({ checkIn, raisedAt, ...alert }) => ({ ...alert, date: fromDbDate(checkIn.date), raisedAt: raisedAt.toISOString() }));
}
