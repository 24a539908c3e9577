import type { TDatabase } from "../db/client";
import type { TLibrary } from "./load-library";

/**
 * A whole library (the first start, or a content release that touches every
 * file) is some fifty upserts in one transaction: Prisma's default 5 s
 * timeout failed start-up on a busy machine.
 */
const SYNC_TRANSACTION = { timeout: 60_000 };

/**
 * Brings the Guide and Exercise tables in line with content/: adds new
 * entries, updates changed ones (their content hash differs), retires removed
 * ones (kept, so earlier assignments still resolve). Idempotent; returns what changed.
 */
export async function syncCatalog(db: TDatabase, library: TLibrary, now: Date = new Date()): Promise<{ changed: number; retired: number }> {
  const [guides, exercises] = await Promise.all([
    db.guide.findMany({ select: { slug: true, contentHash: true, retiredAt: true } }),
    db.exercise.findMany({ select: { slug: true, contentHash: true, retiredAt: true } }),
  ]);
  const current = (rows: { slug: string; contentHash: string; retiredAt: Date | null }[]) =>
    new Map(rows.map((row) => [row.slug, row.retiredAt ? null : row.contentHash]));
  const guideHashes = current(guides);
  const exerciseHashes = current(exercises);

  const changedGuides = library.guides.filter((guide) => guideHashes.get(guide.slug) !== guide.contentHash);
  const changedExercises = library.exercises.filter((exercise) => exerciseHashes.get(exercise.slug) !== exercise.contentHash);

  return db.$transaction(async (tx) => {
    for (const guide of changedGuides) {
      const data = { title: guide.title, summary: guide.summary, conditions: guide.conditions, contentHash: guide.contentHash, retiredAt: null };
      await tx.guide.upsert({ where: { slug: guide.slug }, create: { slug: guide.slug, ...data }, update: data });
    }
    for (const exercise of changedExercises) {
      const data = {
        name: exercise.name,
        bodyArea: exercise.bodyArea,
        goals: exercise.goals,
        equipment: exercise.equipment,
        conditions: exercise.conditions,
        defaultSets: exercise.dose.sets,
        defaultReps: exercise.dose.reps ?? null,
        defaultHoldSeconds: exercise.dose.holdSeconds ?? null,
        defaultMinutes: exercise.dose.minutes ?? null,
        defaultTimesPerDay: exercise.dose.timesPerDay,
        defaultDaysPerWeek: exercise.dose.daysPerWeek,
        eachSide: exercise.dose.eachSide,
        acceptablePain: exercise.acceptablePain,
        contentHash: exercise.contentHash,
        retiredAt: null,
      };
      await tx.exercise.upsert({ where: { slug: exercise.slug }, create: { slug: exercise.slug, ...data }, update: data });
    }
    const retiredGuides = await tx.guide.updateMany({ where: { slug: { notIn: library.guides.map((guide) => guide.slug) }, retiredAt: null }, data: { retiredAt: now } });
    const retiredExercises = await tx.exercise.updateMany({
      where: { slug: { notIn: library.exercises.map((exercise) => exercise.slug) }, retiredAt: null },
      data: { retiredAt: now },
    });
    return { changed: changedGuides.length + changedExercises.length, retired: retiredGuides.count + retiredExercises.count };
  }, SYNC_TRANSACTION);
}
