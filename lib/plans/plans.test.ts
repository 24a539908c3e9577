import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../prisma/seed";
import { loadLibrary } from "../content/load-library";
import { syncCatalog } from "../content/sync-catalog";
import { addDays, todayIn } from "../dates/calendar-date";
import { InvalidInputError, NotFoundError } from "../errors/domain-errors";
import { listPlanTemplates } from "../plan-templates/list-plan-templates";
import { refusal } from "../../tools/testing/refusal";
import { useTestDatabase } from "../../tools/testing/test-database";
import { viewerFor } from "../../tools/testing/viewers";
import { createPlan } from "./create-plan";
import { endPlan } from "./end-plan";
import { getPatientPlans } from "./get-patient-plans";
import { ZPlanItemInput, ZRevisePlan, ZWritePlan, type TPlanItemInput, type TRevisePlan, type TWritePlan } from "./plan-input";
import { revisePlan } from "./revise-plan";

/** Demo patients live in the clinic's time zone. */
const today = () => todayIn("America/New_York");

const item = (exerciseSlug: string, dose: Partial<Record<keyof TPlanItemInput, unknown>> = {}) => ({
  exerciseSlug,
  sets: 1,
  reps: 10,
  timesPerDay: 1,
  daysPerWeek: 5,
  ...dose,
});

function planInput(fields: Record<string, unknown> = {}): TWritePlan {
  return ZWritePlan.parse({ title: "Back on track", startDate: today(), items: [item("walking-program", { reps: "", minutes: 15 })], requestId: randomUUID(), ...fields });
}

function revision(fields: Record<string, unknown> = {}): TRevisePlan {
  return ZRevisePlan.parse({ title: "Back on track", items: [item("walking-program", { reps: "", minutes: 20 })], requestId: randomUUID(), ...fields });
}

describe("exercise plans", () => {
  const database = useTestDatabase();
  let mariaId: string;
  let aishaId: string;
  beforeAll(async () => {
    await seedDemoData(database.db, { password: "backtrack-demo" });
    await syncCatalog(database.db, loadLibrary());
    mariaId = (await database.db.user.findUniqueOrThrow({ where: { email: "maria@riverside.example" } })).id;
    aishaId = (await database.db.user.findUniqueOrThrow({ where: { email: "aisha@riverside.example" } })).id;
  });
  const lee = () => viewerFor(database.db, "lee@riverside.example");
  const stored = () =>
    Promise.all([database.db.exercisePlan.count(), database.db.exercisePlanVersion.count(), database.db.exercisePlanItem.count(), database.db.planTemplate.count()]);
  const openPlans = (patientId: string) => database.db.exercisePlan.count({ where: { patientId, endedAt: null } });

  it("a clinician writes a plan with the exercises' default doses or their own, in the order given, and both are audited", async () => {
    const bridge = await database.db.exercise.findUniqueOrThrow({ where: { slug: "bridge" } });
    const defaults = {
      sets: bridge.defaultSets,
      reps: bridge.defaultReps,
      holdSeconds: bridge.defaultHoldSeconds,
      minutes: bridge.defaultMinutes,
      timesPerDay: bridge.defaultTimesPerDay,
      daysPerWeek: bridge.defaultDaysPerWeek,
    };
    const input = planInput({
      title: "  First weeks  ",
      instructions: "Little and often.",
      items: [
        item("walking-program", { reps: "", minutes: 20, timesPerDay: 2, daysPerWeek: 7, instructions: "Flat ground." }),
        item("bridge", defaults),
        item("sciatic-nerve-glide", { sets: 2, reps: 8, fromWeek: 2, toWeek: 4 }),
      ],
    });
    const { plan, templateId } = await createPlan(database.db, await lee(), mariaId, input);
    expect(templateId).toBeNull();
    expect(plan).toMatchObject({ title: "First weeks", startDate: today(), endedAt: null, createdByName: "Dr. Jordan Lee", versionCount: 1 });
    expect(plan.version).toMatchObject({ number: 1, effectiveFrom: today(), instructions: "Little and often.", createdByName: "Dr. Jordan Lee" });
    expect(plan.version.items.map((row) => [row.position, row.exerciseSlug])).toEqual([
      [0, "walking-program"],
      [1, "bridge"],
      [2, "sciatic-nerve-glide"],
    ]);
    expect(plan.version.items[0]).toMatchObject({ exerciseName: "Walking program", sets: 1, reps: null, minutes: 20, timesPerDay: 2, daysPerWeek: 7, fromWeek: 1, toWeek: null, instructions: "Flat ground." });
    expect(plan.version.items[1]).toMatchObject({ exerciseName: "Bridge", ...defaults, fromWeek: 1, toWeek: null, instructions: null });
    expect(plan.version.items[2]).toMatchObject({ sets: 2, reps: 8, holdSeconds: null, fromWeek: 2, toWeek: 4 });
    // Plain JSON: what the API sends is what the function returns.
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);

    const read = await getPatientPlans(database.db, await lee(), mariaId);
    expect(read).toEqual({ current: plan, history: [] });
    const episode = await database.db.episode.findFirstOrThrow({ where: { patientId: mariaId } });
    expect((await database.db.exercisePlan.findUniqueOrThrow({ where: { id: plan.id } })).episodeId).toBe(episode.id);
    expect(await database.db.auditEvent.count({ where: { patientId: mariaId, action: "patient.plan.create", actorRole: "CLINICIAN" } })).toBe(1);
    expect(await database.db.auditEvent.count({ where: { patientId: mariaId, action: "patient.plan.view", actorRole: "CLINICIAN" } })).toBe(1);
  });

  it("a retried save with the same requestId stores once, one after the other or at the same time", async () => {
    const input = planInput();
    const before = await stored();
    const first = await createPlan(database.db, await lee(), mariaId, input);
    const again = await createPlan(database.db, await lee(), mariaId, input);
    expect(again).toEqual(first);
    expect(await stored()).toEqual([before[0] + 1, before[1] + 1, before[2] + 1, before[3]]);

    const racing = planInput();
    const answers = await Promise.all([1, 2, 3].map(async () => createPlan(database.db, await lee(), mariaId, racing)));
    expect(new Set(answers.map((answer) => answer.plan.version.id)).size).toBe(1);
    expect(await stored()).toEqual([before[0] + 2, before[1] + 2, before[2] + 2, before[3]]);
    expect(await openPlans(mariaId)).toBe(1);
  });

  it("a requestId already used for another patient is refused with 409 and stores nothing, also when both arrive together", async () => {
    const input = planInput();
    await createPlan(database.db, await lee(), mariaId, input);
    const before = await stored();
    const error = await refusal(createPlan(database.db, await lee(), aishaId, input));
    expect(error.status).toBe(409);
    expect(Object.keys(error.fields)).toEqual(["requestId"]);
    expect(JSON.stringify(error.fields)).not.toContain(mariaId);
    expect(await stored()).toEqual(before);

    const shared = planInput();
    const outcomes = await Promise.allSettled([createPlan(database.db, await lee(), mariaId, shared), createPlan(database.db, await lee(), aishaId, shared)]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = outcomes.find((outcome) => outcome.status === "rejected");
    expect(rejected?.reason).toBeInstanceOf(InvalidInputError);
    expect((rejected?.reason as InvalidInputError).status).toBe(409);
    expect(await stored()).toEqual([before[0] + 1, before[1] + 1, before[2] + 1, before[3]]);
    expect(await database.db.exercisePlanVersion.count({ where: { clientRequestId: shared.requestId } })).toBe(1);
  });

  it("a new plan ends the one the patient followed; two at the same time leave one open plan", async () => {
    const { plan: older } = await createPlan(database.db, await lee(), aishaId, planInput({ title: "Older" }));
    const { plan: newer } = await createPlan(database.db, await lee(), aishaId, planInput({ title: "Newer" }));
    const plans = await getPatientPlans(database.db, await lee(), aishaId);
    expect(plans.current?.id).toBe(newer.id);
    expect(plans.history[0]).toMatchObject({ id: older.id, title: "Older", versionCount: 1 });
    expect(plans.history[0]?.endedAt).not.toBeNull();

    const before = await database.db.exercisePlan.count({ where: { patientId: aishaId } });
    const [a, b] = await Promise.all([
      createPlan(database.db, await lee(), aishaId, planInput({ title: "Racing A" })),
      createPlan(database.db, await viewerFor(database.db, "patel@riverside.example"), aishaId, planInput({ title: "Racing B" })),
    ]);
    expect(a.plan.id).not.toBe(b.plan.id);
    expect(await database.db.exercisePlan.count({ where: { patientId: aishaId } })).toBe(before + 2);
    expect(await openPlans(aishaId)).toBe(1);
  });

  it("a change adds version 2 with its own items; version 1 stays exactly as prescribed", async () => {
    const { plan } = await createPlan(database.db, await lee(), mariaId, planInput({ title: "Weeks 1-6", items: [item("bridge"), item("bird-dog", { sets: 2, reps: 8 })] }));
    const firstItems = await database.db.exercisePlanItem.findMany({ where: { versionId: plan.version.id }, orderBy: { position: "asc" } });

    const change = revision({
      title: "Weeks 1-6, easier",
      instructions: "Go easy on the bridge.",
      items: [item("pelvic-tilt", { holdSeconds: 5 }), item("bridge", { reps: 6 })],
    });
    const { plan: revised } = await revisePlan(database.db, await lee(), mariaId, plan.id, change);
    expect(revised).toMatchObject({ id: plan.id, title: "Weeks 1-6, easier", versionCount: 2 });
    expect(revised.version).toMatchObject({ number: 2, effectiveFrom: today(), instructions: "Go easy on the bridge." });
    expect(revised.version.items.map((row) => [row.exerciseSlug, row.reps])).toEqual([
      ["pelvic-tilt", 10],
      ["bridge", 6],
    ]);
    expect(await database.db.exercisePlanItem.findMany({ where: { versionId: plan.version.id }, orderBy: { position: "asc" } })).toEqual(firstItems);
    expect((await getPatientPlans(database.db, await lee(), mariaId)).current).toEqual(revised);
    expect(await database.db.auditEvent.count({ where: { patientId: mariaId, action: "patient.plan.revise" } })).toBe(1);

    // Retried, one after the other and at the same time: stored once.
    expect(await revisePlan(database.db, await lee(), mariaId, plan.id, change)).toEqual({ plan: revised });
    const racing = revision({ effectiveFrom: addDays(today(), 7) });
    const answers = await Promise.all([1, 2, 3].map(async () => revisePlan(database.db, await lee(), mariaId, plan.id, racing)));
    expect(new Set(answers.map((answer) => answer.plan.version.id)).size).toBe(1);
    expect(answers[0]?.plan.version).toMatchObject({ number: 3, effectiveFrom: addDays(today(), 7) });

    // Two different changes at the same time get their own numbers.
    const [x, y] = await Promise.all([
      revisePlan(database.db, await lee(), mariaId, plan.id, revision({ effectiveFrom: addDays(today(), 7) })),
      revisePlan(database.db, await lee(), mariaId, plan.id, revision({ effectiveFrom: addDays(today(), 7) })),
    ]);
    expect([x.plan.version.number, y.plan.version.number].sort()).toEqual([4, 5]);
    expect(await database.db.exercisePlanVersion.count({ where: { planId: plan.id } })).toBe(5);

    // Not before the version it replaces.
    expect((await refusal(revisePlan(database.db, await lee(), mariaId, plan.id, revision({ effectiveFrom: today() })))).fields).toEqual({
      effectiveFrom: [`The change cannot apply before the current version does (${addDays(today(), 7)}).`],
    });
  });

  it("changes only the current plan of that patient", async () => {
    const { plan: ended } = await createPlan(database.db, await lee(), mariaId, planInput());
    const { plan: current } = await createPlan(database.db, await lee(), mariaId, planInput());
    const before = await stored();
    await expect(revisePlan(database.db, await lee(), mariaId, ended.id, revision())).rejects.toBeInstanceOf(NotFoundError);
    await expect(revisePlan(database.db, await lee(), aishaId, current.id, revision())).rejects.toBeInstanceOf(NotFoundError);
    await expect(revisePlan(database.db, await lee(), mariaId, "no-such-plan", revision())).rejects.toBeInstanceOf(NotFoundError);
    await expect(revisePlan(database.db, await lee(), mariaId, current.id, revision({ effectiveFrom: addDays(today(), -1) }))).rejects.toThrow(
      `The change cannot apply before the plan starts (${today()}).`,
    );
    expect(await stored()).toEqual(before);

    // A key already used for something else (the plan's creation, another plan's change) is refused with 409.
    const createKey = (await database.db.exercisePlanVersion.findUniqueOrThrow({ where: { id: current.version.id } })).clientRequestId!;
    expect((await refusal(revisePlan(database.db, await lee(), mariaId, current.id, revision({ requestId: createKey })))).status).toBe(409);
    const { plan: aishas } = await createPlan(database.db, await lee(), aishaId, planInput());
    const change = revision();
    await revisePlan(database.db, await lee(), aishaId, aishas.id, change);
    const afterAisha = await stored();
    const reused = await refusal(revisePlan(database.db, await lee(), mariaId, current.id, change));
    expect([reused.status, Object.keys(reused.fields)]).toEqual([409, ["requestId"]]);
    expect(await stored()).toEqual(afterAisha);
  });

  it("refuses unknown or retired exercises, bad doses, repeats in the same weeks and empty plans, naming the field and storing nothing", async () => {
    const { plan: current } = await createPlan(database.db, await lee(), mariaId, planInput());
    const before = await stored();
    const clinician = await lee();
    const attempt = (fields: Record<string, unknown>) => refusal(createPlan(database.db, clinician, mariaId, { ...planInput(), ...fields } as TWritePlan));
    const items = (...rows: ReturnType<typeof item>[]) => rows.map((row) => ZPlanItemInput.parse(row));

    expect((await attempt({ items: items(item("bridge"), item("no-such-exercise")) })).fields).toEqual({
      items: ["No such exercise: no-such-exercise"],
    });
    await database.db.exercise.update({ where: { slug: "wall-sit" }, data: { retiredAt: new Date() } });
    try {
      expect((await attempt({ items: items(item("wall-sit")) })).fields).toEqual({ items: ["No such exercise: wall-sit"] });
    } finally {
      await database.db.exercise.update({ where: { slug: "wall-sit" }, data: { retiredAt: null } });
    }
    expect((await attempt({ items: [{ ...planInput().items[0], sets: 0 }] })).fields).toEqual({ items: ["The number of sets must be at least 1."] });
    expect((await attempt({ items: [{ ...planInput().items[0], reps: null, minutes: null, holdSeconds: null }] })).fields).toEqual({ items: ["Give reps, a hold time or minutes."] });
    expect((await attempt({ items: [] })).fields).toEqual({ items: ["Add at least one exercise."] });
    const repeated = await attempt({ items: items(item("bridge", { toWeek: 4 }), item("bird-dog"), item("bridge", { fromWeek: 3, toWeek: 6 })) });
    expect(repeated.fields).toEqual({ items: ["Bridge is in the plan twice for the same weeks (exercises 1 and 3). Remove one, or give them different weeks."] });
    expect((await attempt({ startDate: addDays(today(), -31) })).fields).toEqual({ startDate: ["The start date can be at most 30 days ago."] });
    expect((await attempt({ startDate: addDays(today(), 366) })).fields).toEqual({ startDate: ["The start date can be at most a year ahead."] });
    expect((await attempt({ startDate: "2026-02-30" })).fields).toEqual({ startDate: ["The start date is not a real date."] });
    expect((await attempt({ title: " " })).fields).toEqual({ title: ["Give the plan a title."] });
    expect((await refusal(revisePlan(database.db, clinician, mariaId, current.id, { ...revision(), items: [] }))).fields).toEqual({ items: ["Add at least one exercise."] });
    expect(await stored()).toEqual(before);
    expect((await getPatientPlans(database.db, clinician, mariaId)).current?.id).toBe(current.id);

    // The same exercise in weeks that do not overlap is a progression, not a repeat.
    const progression = planInput({ items: [item("bridge", { toWeek: 2 }), item("bridge", { sets: 3, reps: 12, fromWeek: 3, toWeek: 6 }), item("single-leg-bridge", { fromWeek: 7 })] });
    expect((await createPlan(database.db, clinician, mariaId, progression)).plan.version.items.map((row) => [row.exerciseSlug, row.fromWeek, row.toWeek])).toEqual([
      ["bridge", 1, 2],
      ["bridge", 3, 6],
      ["single-leg-bridge", 7, null],
    ]);
  });

  it("saveAsTemplate also saves the clinic a template; a name already taken refuses the whole save", async () => {
    const input = planInput({
      title: "Maria's plan",
      instructions: "Stop if the leg tingles.",
      items: [item("walking-program", { reps: "", minutes: 10 }), item("cat-cow")],
      saveAsTemplate: "Desk worker — daily reset",
    });
    const { plan, templateId } = await createPlan(database.db, await lee(), mariaId, input);
    expect(templateId).not.toBeNull();
    const template = (await listPlanTemplates(database.db, await lee())).find((row) => row.id === templateId);
    expect(template).toMatchObject({ name: "Desk worker — daily reset", instructions: "Stop if the leg tingles." });
    // The same exercises and doses, in the same order (plan items add their id and position).
    expect(plan.version.items).toMatchObject(template!.items);
    expect(template!.items).toHaveLength(2);
    expect(await createPlan(database.db, await lee(), mariaId, input)).toEqual({ plan, templateId });

    const before = await stored();
    const patel = await viewerFor(database.db, "patel@riverside.example");
    const error = await refusal(createPlan(database.db, patel, aishaId, planInput({ saveAsTemplate: "desk worker — DAILY reset" })));
    expect(error.status).toBe(409);
    expect(error.fields).toEqual({ saveAsTemplate: ["Your clinic already has a template called “Desk worker — daily reset”. Choose another name."] });
    expect(await stored()).toEqual(before);
    expect(await openPlans(aishaId)).toBe(1);
  });

  it("ending a plan leaves the patient without one; it stays in the history; ending it again is not found", async () => {
    const { plan } = await createPlan(database.db, await lee(), mariaId, planInput({ title: "To end" }));
    await endPlan(database.db, await lee(), mariaId, plan.id);
    const plans = await getPatientPlans(database.db, await lee(), mariaId);
    expect(plans.current).toBeNull();
    expect(plans.history[0]).toMatchObject({ id: plan.id, title: "To end" });
    await expect(endPlan(database.db, await lee(), mariaId, plan.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(revisePlan(database.db, await lee(), mariaId, plan.id, revision())).rejects.toBeInstanceOf(NotFoundError);
    expect(await database.db.auditEvent.count({ where: { patientId: mariaId, action: "patient.plan.end" } })).toBe(2);
  });

  it("the patient reads their current plan (no history, not audited) and cannot write", async () => {
    const { plan } = await createPlan(database.db, await lee(), mariaId, planInput({ title: "Yours" }));
    const maria = await viewerFor(database.db, "maria@riverside.example");
    expect(await getPatientPlans(database.db, maria, mariaId)).toEqual({ current: plan, history: [] });
    expect(await database.db.auditEvent.count({ where: { patientId: mariaId, actorId: maria.userId } })).toBe(0);
    const before = await stored();
    await expect(createPlan(database.db, maria, mariaId, planInput())).rejects.toBeInstanceOf(NotFoundError);
    await expect(revisePlan(database.db, maria, mariaId, plan.id, revision())).rejects.toBeInstanceOf(NotFoundError);
    await expect(endPlan(database.db, maria, mariaId, plan.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await stored()).toEqual(before);
  });

  it("nobody else can see or change them, and nothing is audited for them", async () => {
    const { plan } = await createPlan(database.db, await lee(), mariaId, planInput());
    const before = await stored();
    for (const email of ["kim@harbor.example", "james@riverside.example", "admin@riverside.example"]) {
      const viewer = await viewerFor(database.db, email);
      await expect(getPatientPlans(database.db, viewer, mariaId), email).rejects.toBeInstanceOf(NotFoundError);
      await expect(createPlan(database.db, viewer, mariaId, planInput()), email).rejects.toBeInstanceOf(NotFoundError);
      await expect(revisePlan(database.db, viewer, mariaId, plan.id, revision()), email).rejects.toBeInstanceOf(NotFoundError);
      await expect(endPlan(database.db, viewer, mariaId, plan.id), email).rejects.toBeInstanceOf(NotFoundError);
      // Only the refusal itself is recorded, for the patient (lib/auth/access.ts).
      expect(await database.db.auditEvent.count({ where: { patientId: mariaId, actorId: viewer.userId, action: { not: "patient.access.refused" } } }), email).toBe(0);
    }
    expect(await stored()).toEqual(before);
    expect((await getPatientPlans(database.db, await lee(), mariaId)).current?.id).toBe(plan.id);
  });
});
