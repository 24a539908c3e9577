import { requirePatientAccess, requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import { getLibrary } from "../content/load-library";
import { fromDbDate, toDbDate } from "../dates/calendar-date";
import type { TDatabase } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { loadCurrentPlanSchedule } from "../exercise-log/plan-schedule";
import { progressionSignal, type TProgressionDirection } from "./progression-rules";

export type TProgressionSuggestion = {
  planId: string;
  planItemId: string;
  exercise: { slug: string; name: string };
  direction: TProgressionDirection;
  /** The version the library links in that direction; null when it links none (then the dose is the clinician's to change). */
  replacement: { slug: string; name: string } | null;
  reason: string;
  dates: string[];
};

/**
 * What the patient's own marks suggest for the exercises of the plan they
 * follow (lib/progression/progression-rules.ts), counting only marks since
 * the latest version took effect: a change to the plan starts the count
 * again. For the clinicians of the patient's clinic, audited as a read of the
 * exercise log.
 */
export async function listProgressionSuggestions(db: TDatabase, viewer: TViewer, patientId: string): Promise<TProgressionSuggestion[]> {
  requireRole(viewer, "CLINICIAN");
  await requirePatientAccess(db, viewer, patientId, "patient.exercise-log.view");
  return suggestionsFor(db, patientId);
}

/** listProgressionSuggestions without the access check, for callers that made it. */
export async function suggestionsFor(db: Prisma.TransactionClient, patientId: string): Promise<TProgressionSuggestion[]> {
  const plan = await loadCurrentPlanSchedule(db, patientId);
  const latest = plan?.versions.at(-1);
  if (!plan || !latest) return [];
  const logs = await db.exerciseLog.findMany({
    where: { patientId, date: { gte: toDbDate(latest.effectiveFrom) }, planItem: { version: { planId: plan.id } } },
    select: { date: true, outcome: true, feel: true, painDuring: true, planItem: { select: { exerciseId: true } } },
  });
  const library = new Map(getLibrary().exercises.map((exercise) => [exercise.slug, exercise]));
  const suggestions: TProgressionSuggestion[] = [];
  const seen = new Set<string>();
  for (const item of latest.items) {
    if (seen.has(item.exerciseId)) continue;
    seen.add(item.exerciseId);
    const marks = logs.filter((log) => log.planItem.exerciseId === item.exerciseId).map((log) => ({ ...log, date: fromDbDate(log.date) }));
    const signal = progressionSignal(marks, item.acceptablePain);
    if (!signal) continue;
    const linked = library.get(item.exerciseSlug)?.[signal.direction] ?? null;
    const replacement = linked ? library.get(linked) : undefined;
    suggestions.push({
      planId: plan.id,
      planItemId: item.id,
      exercise: { slug: item.exerciseSlug, name: item.exerciseName },
      direction: signal.direction,
      replacement: replacement ? { slug: replacement.slug, name: replacement.name } : null,
      reason: signal.reason,
      dates: signal.dates,
    });
  }
  return suggestions;
}
