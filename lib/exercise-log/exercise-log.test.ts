import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seedDemoData } from "../../prisma/seed";
import type { TViewer } from "../auth/viewer-types";
import { loadLibrary } from "../content/load-library";
import { syncCatalog } from "../content/sync-catalog";
import { addDays, todayIn } from "../dates/calendar-date";
import { NotFoundError } from "../errors/domain-errors";
import { createPlan } from "../plans/create-plan";
import { ZRevisePlan, ZWritePlan } from "../plans/plan-input";
import { revisePlan } from "../plans/revise-plan";
import { refusal } from "../../tools/testing/refusal";
import { useTestDatabase } from "../../tools/testing/test-database";
import { viewerFor } from "../../tools/testing/viewers";
import { getTodayExercisesEndpoint, getWeeklyAdherenceEndpoint, saveExerciseLogEndpoint, undoExerciseLogEndpoint } from "./exercise-log-endpoints";
import { ZExerciseLogInput, type TExerciseLogInput } from "./exercise-log-input";
import { getTodayExercises } from "./get-today-exercises";
import { getWeeklyAdherence } from "./get-weekly-adherence";
import { saveExerciseLog } from "./save-exercise-log";
import { undoExerciseLog } from "./undo-exercise-log";

/*
 * Demo patients live in the clinic's time zone. Plans are written with the
 * real clock (createPlan checks its dates against it), so the fixed `now`
 * passed to the exercise log is a time on that same calendar day.
 */
const TODAY = todayIn("America/New_York");
const day = (offset: number) => addDays(TODAY, offset);
/** 11:00 or 12:00 in New York, on `date`. */
const noonOn = (date: string) => new Date(`${date}T16:00:00.000Z`);
/** 08:00 or 09:00 in New York. */
const MORNING = new Date(`${TODAY}T13:00:00.000Z`);
const NOON = noonOn(TODAY);

const item = (exerciseSlug: string, dose: Record<string, unknown> = {}) => ({ exerciseSlug, sets: 1, reps: 10, timesPerDay: 1, daysPerWeek: 5, ...dose });

describe("the exercise log", () => {
  const database = useTestDatabase();
  let mariaId: string;
  let aishaId: string;
  let jamesId: string;
  beforeAll(async () => {
    await seedDemoData(database.db, { password: "backtrack-demo" });
    await syncCatalog(database.db, loadLibrary());
    const idOf = async (email: string) => (await database.db.user.findUniqueOrThrow({ where: { email } })).id;
    mariaId = await idOf("maria@riverside.example");
    aishaId = await idOf("aisha@riverside.example");
    jamesId = await idOf("james@riverside.example");
  });
  beforeEach(async () => {
    await database.db.exerciseLog.deleteMany({ where: { patientId: mariaId } });
  });
  const lee = () => viewerFor(database.db, "lee@riverside.example");
  const maria = () => viewerFor(database.db, "maria@riverside.example");

  /**
   * Maria's plan, started 9 days ago, so today is day 3 of week 2:
   *   version 1: bridge 3 days a week; walking 7 days a week in week 1; bird dog 5 days a week from week 2
   *   version 2, from tomorrow: bridge 12 reps, still 3 days a week; bird dog 4 days a week from week 2; no walking
   */
  async function giveMariaThePlan() {
    const clinician = await lee();
    const { plan } = await createPlan(
      database.db,
      clinician,
      mariaId,
      ZWritePlan.parse({
        title: "Back on track",
        startDate: day(-9),
        items: [item("bridge", { daysPerWeek: 3 }), item("walking-program", { reps: "", minutes: 10, daysPerWeek: 7, toWeek: 1 }), item("bird-dog", { fromWeek: 2 })],
        requestId: randomUUID(),
      }),
    );
    const { plan: revised } = await revisePlan(
      database.db,
      clinician,
      mariaId,
      plan.id,
      ZRevisePlan.parse({
        title: "Back on track",
        items: [item("bridge", { reps: 12, daysPerWeek: 3 }), item("bird-dog", { fromWeek: 2, daysPerWeek: 4 })],
        requestId: randomUUID(),
        effectiveFrom: day(1),
      }),
    );
    const [bridge, walking, birdDog] = plan.version.items.map((row) => row.id);
    const [bridge2, birdDog2] = revised.version.items.map((row) => row.id);
    return { planId: plan.id, bridge: bridge!, walking: walking!, birdDog: birdDog!, bridge2: bridge2!, birdDog2: birdDog2! };
  }

  const mark = (planItemId: string, date: string, fields: Partial<Record<keyof TExerciseLogInput, unknown>> = {}): TExerciseLogInput =>
    ZExerciseLogInput.parse({ planItemId, date, outcome: "DONE", ...fields });
  const save = async (input: TExerciseLogInput, now = NOON) => saveExerciseLog(database.db, await maria(), mariaId, input, now);
  const logCount = () => database.db.exerciseLog.count({ where: { patientId: mariaId } });

  it("lists today's exercises from the plan week and the version in effect today (a change from tomorrow waits)", async () => {
    const items = await giveMariaThePlan();
    const today = await getTodayExercises(database.db, await maria(), mariaId, NOON);
    expect(getTodayExercisesEndpoint.response.parse(today)).toEqual(today);
    expect(JSON.parse(JSON.stringify(today))).toEqual(today);
    expect(today).toMatchObject({ date: TODAY, planId: items.planId, planTitle: "Back on track", planWeek: 2, streak: 0 });
    expect(today.items).toEqual([
      {
        planItemId: items.bridge,
        exerciseSlug: "bridge",
        exerciseName: "Bridge",
        eachSide: false,
        acceptablePain: 3,
        sets: 1,
        reps: 10,
        holdSeconds: null,
        minutes: null,
        timesPerDay: 1,
        daysPerWeek: 3,
        instructions: null,
        log: null,
      },
      expect.objectContaining({ planItemId: items.birdDog, exerciseSlug: "bird-dog", daysPerWeek: 5, log: null }),
    ]);

    // Tomorrow: version 2. In week 1: walking, no bird dog.
    const tomorrow = await getTodayExercises(database.db, await maria(), mariaId, noonOn(day(1)));
    expect(tomorrow.items.map((row) => [row.planItemId, row.reps, row.daysPerWeek])).toEqual([
      [items.bridge2, 12, 3],
      [items.birdDog2, 10, 4],
    ]);
    const firstDay = await getTodayExercises(database.db, await maria(), mariaId, noonOn(day(-9)));
    expect([firstDay.date, firstDay.planWeek, firstDay.items.map((row) => row.exerciseSlug)]).toEqual([day(-9), 1, ["bridge", "walking-program"]]);
    const before = await getTodayExercises(database.db, await maria(), mariaId, noonOn(day(-10)));
    expect([before.planTitle, before.planWeek, before.items]).toEqual(["Back on track", 0, []]);

    // The patient's reads are not audited; the clinician's are.
    expect(await database.db.auditEvent.count({ where: { patientId: mariaId, action: "patient.exercise-log.view" } })).toBe(0);
    expect((await getTodayExercises(database.db, await lee(), mariaId, NOON)).items).toEqual(today.items);
    await getWeeklyAdherence(database.db, await lee(), mariaId, NOON);
    expect(await database.db.auditEvent.count({ where: { patientId: mariaId, action: "patient.exercise-log.view", actorRole: "CLINICIAN" } })).toBe(2);
  });

  it("answers an empty day without a plan, or before the plan starts", async () => {
    const james = await viewerFor(database.db, "james@riverside.example");
    expect(await getTodayExercises(database.db, james, jamesId, NOON)).toEqual({ date: TODAY, planId: null, planTitle: null, planWeek: 0, items: [], streak: 0 });
    expect(await getWeeklyAdherence(database.db, james, jamesId, NOON)).toEqual({ planId: null, planTitle: null, startDate: null, weeks: [] });
    await createPlan(database.db, await lee(), jamesId, ZWritePlan.parse({ title: "From tomorrow", startDate: day(1), items: [item("bridge")], requestId: randomUUID() }));
    expect(await getTodayExercises(database.db, james, jamesId, NOON)).toMatchObject({ planTitle: "From tomorrow", planWeek: 0, items: [] });
    expect((await getWeeklyAdherence(database.db, james, jamesId, NOON)).weeks).toEqual([]);
  });

  it("marking again replaces the mark: one row per exercise and day, also for marks sent at the same time; a mark can be undone", async () => {
    const items = await giveMariaThePlan();
    const done = await save(mark(items.bridge, TODAY, { painDuring: "3", feel: "ABOUT_RIGHT" }));
    expect(saveExerciseLogEndpoint.response.parse(done)).toEqual(done);
    expect(done).toEqual({ log: { planItemId: items.bridge, date: TODAY, outcome: "DONE", painDuring: 3, feel: "ABOUT_RIGHT", skipReason: null }, streak: 1 });

    const skipped = await save(mark(items.bridge, TODAY, { outcome: "SKIPPED", skipReason: "TOO_PAINFUL" }));
    expect(skipped).toEqual({ log: { planItemId: items.bridge, date: TODAY, outcome: "SKIPPED", painDuring: null, feel: null, skipReason: "TOO_PAINFUL" }, streak: 0 });
    expect(await logCount()).toBe(1);

    const racing = mark(items.birdDog, TODAY, { feel: "TOO_EASY" });
    const answers = await Promise.all([1, 2, 3, 4].map(() => save(racing)));
    expect(answers.map((answer) => answer.log.outcome)).toEqual(["DONE", "DONE", "DONE", "DONE"]);
    expect(await logCount()).toBe(2);
    expect(await database.db.exerciseLog.count({ where: { planItemId: items.birdDog } })).toBe(1);

    const today = await getTodayExercises(database.db, await maria(), mariaId, NOON);
    expect(today.items.map((row) => row.log)).toEqual([
      { outcome: "SKIPPED", painDuring: null, feel: null, skipReason: "TOO_PAINFUL" },
      { outcome: "DONE", painDuring: null, feel: "TOO_EASY", skipReason: null },
    ]);
    expect(today.streak).toBe(1);

    const undone = await undoExerciseLog(database.db, await maria(), mariaId, { planItemId: items.birdDog, date: TODAY }, NOON);
    expect(undoExerciseLogEndpoint.response.parse(undone)).toEqual(undone);
    expect(undone).toEqual({ undone: true, streak: 0 });
    expect(await undoExerciseLog(database.db, await maria(), mariaId, { planItemId: items.birdDog, date: TODAY }, NOON)).toEqual({ undone: false, streak: 0 });
    expect(await logCount()).toBe(1);
    // The patient's own marks are not in the audit trail (it is about other people's access).
    expect(await database.db.auditEvent.count({ where: { patientId: mariaId, action: "patient.exercise-log.save" } })).toBe(0);
  });

  it("marks only today or up to 7 days back, and only an exercise due that day in the patient's own plan", async () => {
    const { bridge: endedBridge } = await giveMariaThePlan();
    const items = await giveMariaThePlan();
    const fields = async (promise: Promise<unknown>) => (await refusal(promise)).fields;

    const tooOld = await fields(save(mark(items.bridge, day(-8))));
    expect(tooOld).toEqual({ date: ["That day is too long ago. You can mark today or the 7 days before it."] });
    expect(Object.keys(await fields(save(mark(items.bridge, day(1)))))).toEqual(["date"]);
    expect(Object.keys(await fields(undoExerciseLog(database.db, await maria(), mariaId, { planItemId: items.bridge, date: day(-8) }, NOON)))).toEqual(["date"]);
    // Late in the evening in New York it is already tomorrow in UTC: still today for Maria.
    expect(Object.keys(await fields(save(mark(items.bridge, day(1)), new Date(`${day(1)}T03:30:00.000Z`))))).toEqual(["date"]);

    const notDue = { planItemId: ["This exercise is not in your plan on that day."] };
    expect(await fields(save(mark(items.walking, TODAY)))).toEqual(notDue); // week 1 only
    expect(await fields(save(mark(items.bridge2, TODAY)))).toEqual(notDue); // from tomorrow
    expect(await fields(save(mark(endedBridge, TODAY)))).toEqual(notDue); // a plan that ended
    expect(await fields(save(mark(items.birdDog, day(-3))))).toEqual(notDue); // week 2 only
    expect(await logCount()).toBe(0);

    const { plan: aishasPlan } = await createPlan(database.db, await lee(), aishaId, ZWritePlan.parse({ title: "Aisha's", startDate: TODAY, items: [item("bridge")], requestId: randomUUID() }));
    const aishasItem = aishasPlan.version.items[0]!;
    await expect(save(mark(aishasItem.id, TODAY))).rejects.toBeInstanceOf(NotFoundError);
    await expect(undoExerciseLog(database.db, await maria(), mariaId, { planItemId: aishasItem.id, date: TODAY }, NOON)).rejects.toBeInstanceOf(NotFoundError);
    await expect(save(mark("no-such-item", TODAY))).rejects.toBeInstanceOf(NotFoundError);
    expect(await fields(save({ ...mark(items.bridge, TODAY), outcome: "DONE", skipReason: "NO_TIME" }))).toEqual({ skipReason: ["A done exercise has no reason to skip."] });

    // 7 days back is still week 1: walking is due then.
    expect((await save(mark(items.walking, day(-7)))).log).toMatchObject({ planItemId: items.walking, date: day(-7) });
    expect(await logCount()).toBe(1);
  });

  it("counts the streak (not broken in the morning) and each plan week's adherence on a worked example", async () => {
    const items = await giveMariaThePlan();
    // Week 1 (9 to 3 days ago): bridge on 4 days (3 prescribed), walking on 2 of 7 and skipped once.
    for (const offset of [-7, -6, -5, -4]) await save(mark(items.bridge, day(offset)));
    for (const offset of [-7, -6]) await save(mark(items.walking, day(offset)));
    await save(mark(items.walking, day(-5), { outcome: "SKIPPED", skipReason: "NO_TIME" }));
    // Week 2: nothing 3 days ago; bridge 2 days ago, bird dog 2 days ago and yesterday.
    await save(mark(items.bridge, day(-2)));
    await save(mark(items.birdDog, day(-2)));
    await save(mark(items.birdDog, day(-1)));

    // This morning, nothing done yet: 2 days in a row (the gap 3 days ago ends it).
    expect((await getTodayExercises(database.db, await maria(), mariaId, MORNING)).streak).toBe(2);
    expect((await save(mark(items.bridge, TODAY), MORNING)).streak).toBe(3);
    expect((await getTodayExercises(database.db, await lee(), mariaId, NOON)).streak).toBe(3);

    const adherence = await getWeeklyAdherence(database.db, await maria(), mariaId, NOON);
    expect(getWeeklyAdherenceEndpoint.response.parse(adherence)).toEqual(adherence);
    expect(adherence).toEqual({
      planId: items.planId,
      planTitle: "Back on track",
      startDate: day(-9),
      weeks: [
        { week: 1, from: day(-9), to: day(-3), prescribed: 3 + 7, done: 3 + 2, skipped: 1, ratio: 0.5 },
        // Version 1 is in effect today: bridge 3 + bird dog 5; done: bridge 2, bird dog 2.
        { week: 2, from: day(-2), to: day(4), prescribed: 3 + 5, done: 2 + 2, skipped: 0, ratio: 0.5 },
      ],
    });
    // Tomorrow the week counts against version 2 (bird dog 4 days a week); the days done under version 1 still count.
    expect((await getWeeklyAdherence(database.db, await lee(), mariaId, noonOn(day(1)))).weeks[1]).toMatchObject({ prescribed: 3 + 4, done: 4, ratio: 4 / 7 });

    // Undoing today's mark: back to the morning's streak.
    expect(await undoExerciseLog(database.db, await maria(), mariaId, { planItemId: items.bridge, date: TODAY }, NOON)).toEqual({ undone: true, streak: 2 });
    await save(mark(items.bridge, TODAY));
  });

  it("nobody else reads or marks them, and nothing is audited for those attempts", async () => {
    const items = await giveMariaThePlan();
    await save(mark(items.bridge, TODAY));
    const reads = (viewer: TViewer) => [() => getTodayExercises(database.db, viewer, mariaId, NOON), () => getWeeklyAdherence(database.db, viewer, mariaId, NOON)];
    const writes = (viewer: TViewer) => [
      () => saveExerciseLog(database.db, viewer, mariaId, mark(items.bridge, TODAY, { outcome: "SKIPPED" }), NOON),
      () => undoExerciseLog(database.db, viewer, mariaId, { planItemId: items.bridge, date: TODAY }, NOON),
    ];
    for (const email of ["kim@harbor.example", "james@riverside.example", "admin@riverside.example"]) {
      const viewer = await viewerFor(database.db, email);
      for (const attempt of [...reads(viewer), ...writes(viewer)]) await expect(attempt(), email).rejects.toBeInstanceOf(NotFoundError);
      // Only the refusal itself is recorded, for the patient (lib/auth/access.ts).
      expect(await database.db.auditEvent.count({ where: { patientId: mariaId, actorId: viewer.userId, action: { not: "patient.access.refused" } } }), email).toBe(0);
    }
    // The clinician reads but does not mark for the patient.
    for (const attempt of writes(await lee())) await expect(attempt()).rejects.toBeInstanceOf(NotFoundError);
    expect(await database.db.exerciseLog.findMany({ where: { patientId: mariaId }, select: { outcome: true } })).toEqual([{ outcome: "DONE" }]);
  });
});
