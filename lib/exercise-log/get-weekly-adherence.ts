import { requirePatientAccess, requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import type { TCalendarDate } from "../dates/calendar-date";
import type { TDatabase } from "../db/client";
import { loadCurrentPlanSchedule, patientToday, readPlanLogs } from "./plan-schedule";
import { weeklyAdherence, type TWeekAdherence } from "./schedule";

export type TWeeklyAdherence = {
  /** The plan the weeks are of (the one the patient follows), or nulls without one. */
  planId: string | null;
  planTitle: string | null;
  startDate: TCalendarDate | null;
  /** Plan weeks from week 1 to the week under way, oldest first; empty without a plan or before it starts. */
  weeks: TWeekAdherence[];
};

/**
 * Prescribed against done for each week of the plan the patient follows (see
 * weeklyAdherence in schedule.ts for the rules). The patient reads their own;
 * a clinician of their clinic reads it audited.
 */
export async function getWeeklyAdherence(db: TDatabase, viewer: TViewer, patientId: string, now: Date = new Date()): Promise<TWeeklyAdherence> {
  requireRole(viewer, "PATIENT", "CLINICIAN");
  await requirePatientAccess(db, viewer, patientId, "patient.exercise-log.view");
  const today = await patientToday(db, patientId, now);
  const plan = await loadCurrentPlanSchedule(db, patientId);
  if (!plan) return { planId: null, planTitle: null, startDate: null, weeks: [] };
  const logs = plan.startDate <= today ? await readPlanLogs(db, { patientId, planId: plan.id, from: plan.startDate, to: today }) : [];
  return { planId: plan.id, planTitle: plan.title, startDate: plan.startDate, weeks: weeklyAdherence(plan, logs, today) };
}
