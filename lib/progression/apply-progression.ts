import { requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import { getLibrary } from "../content/load-library";
import type { TDatabase } from "../db/client";
import { isUniqueViolation } from "../db/is-unique-violation";
import { InvalidInputError, NotFoundError } from "../errors/domain-errors";
import { parseDomainInput } from "../errors/parse-input";
import { loadCurrentPlanSchedule } from "../exercise-log/plan-schedule";
import { revisePlan } from "../plans/revise-plan";
import { ZApplyProgression, type TApplyProgression } from "./progression-input";
import { listProgressionSuggestions } from "./list-progression-suggestions";
import type { TProgressionDirection } from "./progression-rules";

export type TAppliedProgression = {
  planId: string;
  versionNumber: number;
  from: string;
  to: string;
  direction: TProgressionDirection;
};

/**
 * A clinician accepts a progression suggestion: a new version of the current
 * plan in which the one exercise is swapped for its linked harder or easier
 * version at the library's usual dose (the weeks it runs in stay), applying
 * from the patient's today. Refused (409) when the suggestion no longer holds.
 * Idempotent on `requestId`: a retry returns the version the first press made.
 */
export async function applyProgression(db: TDatabase, viewer: TViewer, patientId: string, input: TApplyProgression): Promise<TAppliedProgression> {
  requireRole(viewer, "CLINICIAN");
  const change = parseDomainInput(ZApplyProgression, input);
  const done = await findApplied(db, patientId, change.requestId);
  if (done) return done;
  // A plan version with this key but no progression row: the first press stopped between its two writes.
  const halfDone = await db.exercisePlanVersion.findUnique({ where: { clientRequestId: change.requestId }, select: { id: true, plan: { select: { patientId: true } } } });
  if (halfDone && halfDone.plan.patientId === patientId) {
    const from = await fromSlugOf(db, change.planItemId);
    return record(db, viewer, patientId, { versionId: halfDone.id, from, to: change.toExerciseSlug, direction: directionOf(from, change.toExerciseSlug), requestId: change.requestId });
  }

  const suggestion = (await listProgressionSuggestions(db, viewer, patientId)).find((candidate) => candidate.planItemId === change.planItemId);
  const replacement = getLibrary().exercises.find((exercise) => exercise.slug === suggestion?.replacement?.slug);
  if (!suggestion || !replacement || replacement.slug !== change.toExerciseSlug) {
    throw new InvalidInputError({ planItemId: ["This suggestion no longer holds: the plan or the patient's marks have changed. Reload the page."] }, 409);
  }
  const plan = await loadCurrentPlanSchedule(db, patientId);
  const latest = plan?.versions.at(-1);
  if (!plan || !latest) throw new NotFoundError();
  const { instructions } = await db.exercisePlanVersion.findFirstOrThrow({ where: { planId: plan.id, number: latest.number }, select: { instructions: true } });
  const items = latest.items.map(({ exerciseSlug, sets, reps, holdSeconds, minutes, timesPerDay, daysPerWeek, fromWeek, toWeek, instructions: note, id }) => {
    if (id !== change.planItemId) return { exerciseSlug, sets, reps, holdSeconds, minutes, timesPerDay, daysPerWeek, fromWeek, toWeek, instructions: note };
    // The new exercise at its usual dose: the old item's reps or hold times belong to the old exercise.
    const { dose } = replacement;
    return { exerciseSlug: replacement.slug, sets: dose.sets, reps: dose.reps ?? null, holdSeconds: dose.holdSeconds ?? null, minutes: dose.minutes ?? null, timesPerDay: dose.timesPerDay, daysPerWeek: dose.daysPerWeek, fromWeek, toWeek, instructions: null };
  });
  const { plan: revised } = await revisePlan(db, viewer, patientId, plan.id, { title: plan.title, instructions, items, requestId: change.requestId });
  return record(db, viewer, patientId, { versionId: revised.version.id, from: suggestion.exercise.slug, to: replacement.slug, direction: suggestion.direction, requestId: change.requestId });
}

async function record(
  db: TDatabase,
  viewer: TViewer,
  patientId: string,
  row: { versionId: string; from: string; to: string; direction: TProgressionDirection; requestId: string },
): Promise<TAppliedProgression> {
  try {
    await db.planProgression.create({
      data: { patientId, versionId: row.versionId, fromExerciseSlug: row.from, toExerciseSlug: row.to, direction: row.direction, createdById: viewer.userId, requestId: row.requestId },
    });
  } catch (error) {
    // The same press, retried while the first was still writing: its row is the answer.
    if (!isUniqueViolation(error)) throw error;
  }
  const applied = await findApplied(db, patientId, row.requestId);
  if (!applied) throw new NotFoundError();
  return applied;
}

function directionOf(from: string, to: string): TProgressionDirection {
  return getLibrary().exercises.find((exercise) => exercise.slug === from)?.easier === to ? "easier" : "harder";
}

async function findApplied(db: TDatabase, patientId: string, requestId: string): Promise<TAppliedProgression | null> {
  const row = await db.planProgression.findUnique({
    where: { requestId },
    select: { patientId: true, fromExerciseSlug: true, toExerciseSlug: true, direction: true, version: { select: { number: true, planId: true } } },
  });
  if (!row) return null;
  if (row.patientId !== patientId) throw new InvalidInputError({ requestId: ["This request key was already used for another patient."] }, 409);
  return { planId: row.version.planId, versionNumber: row.version.number, from: row.fromExerciseSlug, to: row.toExerciseSlug, direction: row.direction === "easier" ? "easier" : "harder" };
}

async function fromSlugOf(db: TDatabase, planItemId: string): Promise<string> {
  const row = await db.exercisePlanItem.findUnique({ where: { id: planItemId }, select: { exercise: { select: { slug: true } } } });
  if (!row) throw new NotFoundError();
  return row.exercise.slug;
}
