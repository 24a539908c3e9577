import { requirePatientAccess, requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import { fromDbDate } from "../dates/calendar-date";
import type { TDatabase } from "../db/client";
import type { AlertReviewOutcome } from "../db/generated/enums";
import type { TRedFlagLevel } from "./red-flags";

export type TRedFlagAlertView = {
  id: string;
  checkInId: string;
  /** The date of the check-in that raised it (YYYY-MM-DD, the patient's calendar). */
  date: string;
  /** Red-flag codes (lib/red-flags/red-flags.ts). */
  flags: string[];
  level: TRedFlagLevel;
  raisedAt: string;
};

export type TReviewedAlertView = TRedFlagAlertView & {
  reviewedAt: string;
  /** Null for alerts reviewed before outcomes were recorded. */
  outcome: AlertReviewOutcome | null;
  note: string | null;
  /** Null when the reviewer's account is gone. */
  reviewedByName: string | null;
};

export type TRedFlagAlerts = { alerts: TRedFlagAlertView[]; reviewed: TReviewedAlertView[] };

/** How many reviewed alerts the patient's page shows: a short history, not the whole record. */
export const REVIEWED_HISTORY_SIZE = 10;

const ALERT_SELECT = { id: true, checkInId: true, flags: true, level: true, raisedAt: true, checkIn: { select: { date: true } } } as const;

/**
 * The patient's red-flag alerts no clinician has reviewed yet, emergency
 * first and then newest: for the clinicians of the patient's clinic
 * (audited), on the visit summary.
 */
export async function listOpenRedFlagAlerts(db: TDatabase, viewer: TViewer, patientId: string): Promise<TRedFlagAlertView[]> {
  requireRole(viewer, "CLINICIAN");
  await requirePatientAccess(db, viewer, patientId, "patient.alerts.view");
  return readOpenAlerts(db, patientId);
}

/**
 * The open alerts (as listOpenRedFlagAlerts) and the latest reviewed ones with
 * who reviewed them, when and what was done, newest review first: the alert
 * section of the patient's page. One audited read.
 */
export async function listRedFlagAlerts(db: TDatabase, viewer: TViewer, patientId: string): Promise<TRedFlagAlerts> {
  requireRole(viewer, "CLINICIAN");
  await requirePatientAccess(db, viewer, patientId, "patient.alerts.view");
  const reviewed = await db.redFlagAlert.findMany({
    where: { patientId, reviewedAt: { not: null } },
    orderBy: [{ reviewedAt: "desc" }, { id: "desc" }],
    take: REVIEWED_HISTORY_SIZE,
    select: { ...ALERT_SELECT, reviewedAt: true, reviewOutcome: true, reviewNote: true, reviewedBy: { select: { name: true } } },
  });
  return {
    alerts: await readOpenAlerts(db, patientId),
    reviewed: reviewed.map(({ reviewedAt, reviewOutcome, reviewNote, reviewedBy, ...alert }) => ({
      ...toView(alert),
      reviewedAt: (reviewedAt ?? new Date(0)).toISOString(),
      outcome: reviewOutcome,
      note: reviewNote,
      reviewedByName: reviewedBy?.name ?? null,
    })),
  };
}

async function readOpenAlerts(db: TDatabase, patientId: string): Promise<TRedFlagAlertView[]> {
  const alerts = await db.redFlagAlert.findMany({
    where: { patientId, reviewedAt: null },
    // The enum sorts in its declared order: EMERGENCY first.
    orderBy: [{ level: "asc" }, { raisedAt: "desc" }, { id: "desc" }],
    take: 200,
    select: ALERT_SELECT,
  });
  return alerts.map(toView);
}

type AlertRow = { id: string; checkInId: string; flags: string[]; level: TRedFlagLevel; raisedAt: Date; checkIn: { date: Date } };

function toView({ checkIn, raisedAt, ...alert }: AlertRow): TRedFlagAlertView {
  return { ...alert, date: fromDbDate(checkIn.date), raisedAt: raisedAt.toISOString() };
}
