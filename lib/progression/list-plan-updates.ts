import { requirePatientAccess } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import { getLibrary } from "../content/load-library";
import { fromDbDate } from "../dates/calendar-date";
import type { TDatabase } from "../db/client";
import { currentPlanWhere } from "../exercise-log/plan-schedule";

/** How long the dashboard keeps saying "your plan was updated". */
export const PLAN_UPDATE_DAYS = 14;

export type TPlanUpdate = {
  /** The patient's calendar date the change applies from. */
  from: string;
  replaced: { slug: string; name: string };
  replacement: { slug: string; name: string };
  direction: "harder" | "easier";
};

/**
 * The exercises the clinician swapped in the patient's current plan in the
 * last two weeks by accepting a progression, newest first: what the patient's
 * dashboard announces. The patient reads their own.
 */
export async function listPlanUpdates(db: TDatabase, viewer: TViewer, patientId: string, now: Date = new Date()): Promise<TPlanUpdate[]> {
  await requirePatientAccess(db, viewer, patientId, "patient.plan.view");
  const rows = await db.planProgression.findMany({
    where: { patientId, createdAt: { gte: new Date(now.getTime() - PLAN_UPDATE_DAYS * 86_400_000) }, version: { plan: currentPlanWhere } },
    orderBy: { createdAt: "desc" },
    select: { fromExerciseSlug: true, toExerciseSlug: true, direction: true, version: { select: { effectiveFrom: true } } },
  });
  const names = new Map(getLibrary().exercises.map((exercise) => [exercise.slug, exercise.name]));
  return rows.map((row) => ({
    from: fromDbDate(row.version.effectiveFrom),
    replaced: { slug: row.fromExerciseSlug, name: names.get(row.fromExerciseSlug) ?? row.fromExerciseSlug },
    replacement: { slug: row.toExerciseSlug, name: names.get(row.toExerciseSlug) ?? row.toExerciseSlug },
    direction: row.direction === "easier" ? "easier" : "harder",
  }));
}
