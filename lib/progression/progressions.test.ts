import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../prisma/seed";
import { useTestDatabase } from "../../tools/testing/test-database";
import { viewerFor } from "../../tools/testing/viewers";
import { getLibrary, loadLibrary } from "../content/load-library";
import { syncCatalog } from "../content/sync-catalog";
import { addDays, todayIn, toDbDate } from "../dates/calendar-date";
import { InvalidInputError, NotFoundError } from "../errors/domain-errors";
import { loadCurrentPlanSchedule } from "../exercise-log/plan-schedule";
import { applyProgression } from "./apply-progression";
import { listPlanUpdates } from "./list-plan-updates";
import { listProgressionFlags } from "./list-progression-flags";
import { listProgressionSuggestions } from "./list-progression-suggestions";

describe("progression suggestions", () => {
  const database = useTestDatabase();
  let jamesId: string;
  let itemId: string;
  let fromSlug: string;
  let harderSlug: string;
  beforeAll(async () => {
    await syncCatalog(database.db, loadLibrary());
    await seedDemoData(database.db, { password: "backtrack-demo" });
    jamesId = (await database.db.user.findUniqueOrThrow({ where: { email: "james@riverside.example" } })).id;
    const plan = await loadCurrentPlanSchedule(database.db, jamesId);
    const library = new Map(getLibrary().exercises.map((exercise) => [exercise.slug, exercise]));
    const item = plan!.versions.at(-1)!.items.find((candidate) => library.get(candidate.exerciseSlug)?.harder);
    if (!item) throw new Error("James's demo plan needs an exercise with a harder version");
    [itemId, fromSlug, harderSlug] = [item.id, item.exerciseSlug, library.get(item.exerciseSlug)!.harder!];
    // Only this test's marks count for the item.
    await database.db.exerciseLog.deleteMany({ where: { planItemId: itemId } });
  });

  const mark = async (daysAgo: number, feel: "TOO_EASY" | "ABOUT_RIGHT" | "TOO_HARD", painDuring: number | null = null) => {
    const date = toDbDate(addDays(todayIn("America/New_York"), -daysAgo));
    const data = { outcome: "DONE" as const, feel, painDuring, skipReason: null };
    await database.db.exerciseLog.upsert({ where: { planItemId_date: { planItemId: itemId, date } }, create: { patientId: jamesId, planItemId: itemId, date, ...data }, update: data });
  };

  it("suggests nothing until the marks say so, then the harder linked version, without changing the plan", async () => {
    const lee = await viewerFor(database.db, "lee@riverside.example");
    await mark(3, "ABOUT_RIGHT");
    await mark(2, "TOO_EASY");
    await mark(1, "TOO_EASY");
    expect((await listProgressionSuggestions(database.db, lee, jamesId)).filter((suggestion) => suggestion.planItemId === itemId)).toEqual([]);
    await mark(3, "TOO_EASY");
    const versionsBefore = await database.db.exercisePlanVersion.count({ where: { plan: { patientId: jamesId } } });
    const [suggestion] = (await listProgressionSuggestions(database.db, lee, jamesId)).filter((candidate) => candidate.planItemId === itemId);
    expect(suggestion).toMatchObject({ direction: "harder", exercise: { slug: fromSlug }, replacement: { slug: harderSlug } });
    expect(await database.db.exercisePlanVersion.count({ where: { plan: { patientId: jamesId } } })).toBe(versionsBefore);
    // The list's badge, for the page of patients at once; another clinic's clinician learns nothing.
    const mariaId = (await database.db.user.findUniqueOrThrow({ where: { email: "maria@riverside.example" } })).id;
    const flags = await listProgressionFlags(database.db, lee, [jamesId, mariaId]);
    expect(flags.get(jamesId)).toContain("harder");
    expect(flags.has(mariaId)).toBe(false);
    expect((await listProgressionFlags(database.db, await viewerFor(database.db, "kim@harbor.example"), [jamesId])).size).toBe(0);
  });

  it("refuses another clinic's clinician and a suggestion that does not hold", async () => {
    const kim = await viewerFor(database.db, "kim@harbor.example");
    await expect(listProgressionSuggestions(database.db, kim, jamesId)).rejects.toBeInstanceOf(NotFoundError);
    const lee = await viewerFor(database.db, "lee@riverside.example");
    const wrong = applyProgression(database.db, lee, jamesId, { planItemId: itemId, toExerciseSlug: "swimming", requestId: crypto.randomUUID() });
    await expect(wrong).rejects.toMatchObject({ status: 409, fields: { planItemId: [expect.stringContaining("no longer holds")] } });
    await expect(applyProgression(database.db, lee, jamesId, { planItemId: itemId, toExerciseSlug: harderSlug, requestId: "not-a-uuid" })).rejects.toBeInstanceOf(InvalidInputError);
  });

  it("applies it as one new plan version, once however often it is sent, and tells the patient", async () => {
    const lee = await viewerFor(database.db, "lee@riverside.example");
    const requestId = crypto.randomUUID();
    const before = await loadCurrentPlanSchedule(database.db, jamesId);
    const applied = await applyProgression(database.db, lee, jamesId, { planItemId: itemId, toExerciseSlug: harderSlug, requestId });
    expect(applied).toMatchObject({ from: fromSlug, to: harderSlug, direction: "harder", versionNumber: before!.versions.at(-1)!.number + 1 });
    expect(await applyProgression(database.db, lee, jamesId, { planItemId: itemId, toExerciseSlug: harderSlug, requestId })).toEqual(applied);

    const after = await loadCurrentPlanSchedule(database.db, jamesId);
    expect(after!.versions).toHaveLength(before!.versions.length + 1);
    const slugs = after!.versions.at(-1)!.items.map((item) => item.exerciseSlug);
    expect(slugs).toContain(harderSlug);
    expect(slugs).not.toContain(fromSlug);
    // The earlier version is as it was.
    expect(after!.versions.at(-2)!.items.map((item) => item.exerciseSlug)).toEqual(before!.versions.at(-1)!.items.map((item) => item.exerciseSlug));
    expect((await listProgressionSuggestions(database.db, lee, jamesId)).some((suggestion) => suggestion.exercise.slug === fromSlug)).toBe(false);
    expect(await database.db.auditEvent.count({ where: { patientId: jamesId, action: "patient.plan.revise", actorId: lee.userId } })).toBe(1);

    const james = await viewerFor(database.db, "james@riverside.example");
    const [update] = await listPlanUpdates(database.db, james, jamesId);
    expect(update).toMatchObject({ replaced: { slug: fromSlug }, replacement: { slug: harderSlug }, direction: "harder" });
    const maria = await viewerFor(database.db, "maria@riverside.example");
    await expect(listPlanUpdates(database.db, maria, jamesId)).rejects.toBeInstanceOf(NotFoundError);
  });
});
