import { patientScope, requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import { fromDbDate } from "../dates/calendar-date";
import type { TDatabase } from "../db/client";
import { currentPlanOrder, currentPlanWhere } from "../exercise-log/plan-schedule";
import { progressionSignal, type TProgressionDirection } from "./progression-rules";

/**
 * For the patient list: which of these patients have a progression suggestion
 * (the same rules as listProgressionSuggestions), in two queries for the whole
 * page. Only the directions are returned, for a badge; the patient page says
 * which exercise. Patients outside the viewer's clinic get none. The list's
 * own audit event covers this read.
 */
export async function listProgressionFlags(db: TDatabase, viewer: TViewer, patientIds: readonly string[]): Promise<Map<string, TProgressionDirection[]>> {
  requireRole(viewer, "CLINICIAN");
  const flags = new Map<string, TProgressionDirection[]>();
  if (patientIds.length === 0) return flags;
  const rows = await db.exercisePlan.findMany({
    where: { ...currentPlanWhere, patientId: { in: [...patientIds] }, patient: patientScope(viewer) },
    orderBy: currentPlanOrder,
    select: {
      id: true,
      patientId: true,
      versions: { orderBy: { number: "desc" }, take: 1, select: { effectiveFrom: true, items: { select: { exerciseId: true, exercise: { select: { acceptablePain: true } } } } } },
    },
  });
  const current = new Map<string, (typeof rows)[number]>();
  for (const row of rows) if (!current.has(row.patientId)) current.set(row.patientId, row);
  const plans = [...current.values()].filter((plan) => plan.versions.length > 0);
  if (plans.length === 0) return flags;
  const logs = await db.exerciseLog.findMany({
    where: { OR: plans.map((plan) => ({ patientId: plan.patientId, date: { gte: plan.versions[0]!.effectiveFrom }, planItem: { version: { planId: plan.id } } })) },
    select: { patientId: true, date: true, outcome: true, feel: true, painDuring: true, planItem: { select: { exerciseId: true } } },
  });
  for (const plan of plans) {
    const directions = new Set<TProgressionDirection>();
    for (const item of plan.versions[0]!.items) {
      const marks = logs
        .filter((log) => log.patientId === plan.patientId && log.planItem.exerciseId === item.exerciseId)
        .map((log) => ({ date: fromDbDate(log.date), outcome: log.outcome, feel: log.feel, painDuring: log.painDuring }));
      const signal = progressionSignal(marks, item.exercise.acceptablePain);
      if (signal) directions.add(signal.direction);
    }
    if (directions.size) flags.set(plan.patientId, [...directions].sort());
  }
  return flags;
}
