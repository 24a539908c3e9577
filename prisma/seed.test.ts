import { describe, expect, it } from "vitest";
import { verifyPassword } from "../lib/auth/password";
import { loadLibrary } from "../lib/content/load-library";
import { syncCatalog } from "../lib/content/sync-catalog";
import { addDays, fromDbDate, todayIn } from "../lib/dates/calendar-date";
import { ZWritePlanTemplate } from "../lib/plans/plan-input";
import { resolvePlanItems } from "../lib/plans/resolve-plan-items";
import { CURRENT_EPISODE_ORDER, CURRENT_EPISODE_WHERE } from "../lib/episodes/current-episode";
import { useTestDatabase } from "../tools/testing/test-database";
import { DEMO_CLINICS, DEMO_PLAN_TEMPLATES, demoExerciseDue, demoSignIns, seedDemoData } from "./seed";

describe("seedDemoData", () => {
  const database = useTestDatabase();
  const now = new Date("2026-11-24T15:00:00Z");

  it("creates the two demo clinics with their staff and patients", async () => {
    await seedDemoData(database.db, { password: "backtrack-demo", now });
    const clinics = await database.db.clinic.findMany({ include: { users: true }, orderBy: { slug: "asc" } });
    expect(clinics.map((clinic) => clinic.name)).toEqual(["Harbor Physio", "Riverside Spine Clinic"]);
    const riverside = clinics.find((clinic) => clinic.slug === "riverside")!;
    expect(riverside.users.filter((user) => user.role === "PATIENT")).toHaveLength(6);
    expect(riverside.users.filter((user) => user.role === "CLINICIAN").map((user) => user.email).sort()).toEqual([
      "lee@riverside.example",
      "patel@riverside.example",
    ]);
    const noah = await database.db.user.findUniqueOrThrow({ where: { email: "noah@harbor.example" } });
    expect(noah.clinicId).toBe(clinics.find((clinic) => clinic.slug === "harbor")!.id);
  });

  it("is idempotent: a second run adds nothing", async () => {
    const before = await Promise.all([database.db.user.count(), database.db.episode.count(), database.db.clinic.count()]);
    await seedDemoData(database.db, { password: "backtrack-demo", now });
    const after = await Promise.all([database.db.user.count(), database.db.episode.count(), database.db.clinic.count()]);
    expect(after).toEqual(before);
    expect(after).toEqual([demoSignIns().length, 7, 2]);
    // Templates and plans (and so exercise logs) wait for the exercise library; check-ins do not.
    expect([await database.db.planTemplate.count(), await database.db.exercisePlan.count(), await database.db.exerciseLog.count()]).toEqual([0, 0, 0]);
    expect(await database.db.checkIn.count()).toBeGreaterThan(100);
  });

  it("gives episodes of different ages, dated in the clinic's time zone", async () => {
    const maria = await database.db.episode.findFirstOrThrow({ where: { patient: { user: { email: "maria@riverside.example" } } } });
    // 2026-11-24 in New York, 5 days earlier.
    expect(maria.onsetDate.toISOString().slice(0, 10)).toBe("2026-11-19");
    const tom = await database.db.episode.findFirstOrThrow({ where: { patient: { user: { email: "tom@riverside.example" } } } });
    expect(tom.onsetDate.toISOString().slice(0, 10)).toBe("2026-06-25");
    const ages = DEMO_CLINICS.flatMap((clinic) => clinic.patients.map((patient) => patient.onsetDaysAgo));
    expect(ages.some((days) => days < 28) && ages.some((days) => days >= 28 && days < 84) && ages.some((days) => days >= 84)).toBe(true);
  });

  it("stores only a hash of the demo password, which verifies", async () => {
    const lee = await database.db.user.findUniqueOrThrow({ where: { email: "lee@riverside.example" } });
    expect(lee.passwordHash).not.toContain("backtrack-demo");
    expect(await verifyPassword("backtrack-demo", lee.passwordHash!)).toBe(true);
  });
});

describe("seedDemoData with the clinical library synced", () => {
  const database = useTestDatabase();
  const now = new Date();

  it("gives some demo patients guides with a note from their clinician, once", async () => {
    await syncCatalog(database.db, loadLibrary());
    await seedDemoData(database.db, { password: "backtrack-demo", now });
    await seedDemoData(database.db, { password: "backtrack-demo", now });
    const maria = await database.db.guideAssignment.findMany({
      where: { patient: { user: { email: "maria@riverside.example" } } },
      select: { guide: { select: { slug: true } }, assignedBy: { select: { email: true } }, note: true },
    });
    expect(maria.map((row) => row.guide.slug).sort()).toEqual(["low-back-pain", "preventing-back-pain"]);
    expect(maria.every((row) => row.assignedBy.email === "lee@riverside.example" && row.note)).toBe(true);
    const noah = await database.db.guideAssignment.findFirstOrThrow({ where: { patient: { user: { email: "noah@harbor.example" } } }, select: { assignedBy: { select: { email: true } } } });
    expect(noah.assignedBy.email).toBe("kim@harbor.example");
  });

  it("gives each clinic the three starter plan templates, once", async () => {
    const templates = await database.db.planTemplate.findMany({
      select: { name: true, retiredAt: true, clinic: { select: { slug: true } }, _count: { select: { items: true } } },
      orderBy: [{ clinic: { slug: "asc" } }, { name: "asc" }],
    });
    const names = ["Acute low back pain — first two weeks", "Sciatica — nerve glides and walking", "Spinal stenosis — flexion and walking"];
    expect(templates.map((template) => `${template.clinic.slug}: ${template.name}`)).toEqual([
      ...names.map((name) => `harbor: ${name}`),
      ...names.map((name) => `riverside: ${name}`),
    ]);
    expect(templates.every((template) => template.retiredAt === null && template._count.items >= 4)).toBe(true);
  });

  it("starts Aisha on the sciatica template two weeks ago, from Dr. Lee, once", async () => {
    const plans = await database.db.exercisePlan.findMany({
      where: { patient: { user: { email: "aisha@riverside.example" } } },
      select: {
        title: true,
        startDate: true,
        endedAt: true,
        episodeId: true,
        createdBy: { select: { email: true } },
        versions: { select: { number: true, effectiveFrom: true, items: { orderBy: { position: "asc" }, select: { exercise: { select: { slug: true } } } } } },
      },
    });
    expect(plans).toHaveLength(1);
    const [plan] = plans;
    const start = addDays(todayIn("America/New_York", now), -14);
    expect(plan).toMatchObject({ title: "Sciatica — nerve glides and walking", endedAt: null, createdBy: { email: "lee@riverside.example" } });
    expect(plan!.episodeId).not.toBeNull();
    expect(fromDbDate(plan!.startDate)).toBe(start);
    expect(plan!.versions.map((version) => [version.number, fromDbDate(version.effectiveFrom)])).toEqual([[1, start]]);
    expect(plan!.versions[0]!.items.map((item) => item.exercise.slug)).toEqual(["sciatic-nerve-glide", "walking-program", "prone-on-elbows", "piriformis-stretch"]);
    // Aisha's and James's.
    expect(await database.db.exercisePlan.count()).toBe(2);
  });

  it("starts James on the acute template two days after his onset, copied like Aisha's", async () => {
    const plan = await database.db.exercisePlan.findFirstOrThrow({
      where: { patient: { user: { email: "james@riverside.example" } } },
      select: {
        title: true,
        startDate: true,
        episode: { select: { onsetDate: true } },
        createdBy: { select: { email: true } },
        versions: { select: { number: true, effectiveFrom: true, _count: { select: { items: true } } } },
      },
    });
    expect(plan).toMatchObject({ title: "Acute low back pain — first two weeks", createdBy: { email: "lee@riverside.example" } });
    expect(fromDbDate(plan.startDate)).toBe(addDays(fromDbDate(plan.episode!.onsetDate), 2));
    const template = DEMO_PLAN_TEMPLATES.find((candidate) => candidate.name === plan.title)!;
    expect(plan.versions.map((version) => [version.number, fromDbDate(version.effectiveFrom), version._count.items])).toEqual([
      [1, fromDbDate(plan.startDate), template.items.length],
    ]);
  });

  it("writes templates a clinician could have saved: valid input, known exercises, no overlapping repeats", async () => {
    for (const template of DEMO_PLAN_TEMPLATES) {
      const input = ZWritePlanTemplate.parse({ ...template, items: template.items.map(({ exercise, ...dose }) => ({ exerciseSlug: exercise, ...dose })) });
      await expect(resolvePlanItems(database.db, input.items), template.name).resolves.toHaveLength(template.items.length);
    }
  });
});

describe("seedDemoData's demo histories", () => {
  const database = useTestDatabase();
  const now = new Date();
  const riversideToday = todayIn("America/New_York", now);
  let counts: number[];

  const tableCounts = () =>
    Promise.all([database.db.checkIn.count(), database.db.redFlagAlert.count(), database.db.exerciseLog.count(), database.db.exercisePlan.count(), database.db.exercisePlanItem.count()]);

  const checkInsOf = (email: string) =>
    database.db.checkIn.findMany({
      where: { patient: { user: { email } } },
      orderBy: { date: "asc" },
      select: {
        id: true,
        date: true,
        painNow: true,
        painAreas: true,
        painSide: true,
        belowKnee: true,
        numbness: true,
        weakness: true,
        activityMinutes: true,
        redFlags: true,
        pegPain: true,
        pegEnjoyment: true,
        pegActivity: true,
        episodeId: true,
        patient: { select: { episodes: { where: { status: "ACTIVE" }, select: { id: true, onsetDate: true } } } },
      },
    });
  type Row = Awaited<ReturnType<typeof checkInsOf>>[number];

  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  /** Check-ins dated from `from` to `to`, both days counted back from today (1 = yesterday). */
  const between = (rows: Row[], fromDaysAgo: number, toDaysAgo: number) =>
    rows.filter((row) => fromDbDate(row.date) >= addDays(riversideToday, -fromDaysAgo) && fromDbDate(row.date) <= addDays(riversideToday, -toDaysAgo));
  const pegWeeks = (rows: Row[]) => rows.filter((row) => row.pegPain !== null);

  it("is written once: a second run adds no check-in, alert, plan or exercise log", async () => {
    await syncCatalog(database.db, loadLibrary());
    await seedDemoData(database.db, { password: "backtrack-demo", now });
    counts = await tableCounts();
    await seedDemoData(database.db, { password: "backtrack-demo", now });
    expect(await tableCounts()).toEqual(counts);
    const duplicates = await database.db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM (SELECT "patientId", "date" FROM "CheckIn" GROUP BY 1, 2 HAVING count(*) > 1) d`;
    expect(duplicates[0]!.n).toBe(0);
  });

  it("dates every check-in on the patient's active episode, from its onset to yesterday, with valid answers", async () => {
    const rows = await database.db.checkIn.findMany({
      select: {
        date: true,
        painNow: true,
        painAreas: true,
        painSide: true,
        pegPain: true,
        pegEnjoyment: true,
        pegActivity: true,
        episodeId: true,
        patient: { select: { timeZone: true, episodes: { where: CURRENT_EPISODE_WHERE, orderBy: CURRENT_EPISODE_ORDER, take: 1, select: { id: true, onsetDate: true } } } },
      },
    });
    for (const row of rows) {
      const [episode] = row.patient.episodes;
      const date = fromDbDate(row.date);
      expect(row.episodeId).toBe(episode!.id);
      expect(date >= fromDbDate(episode!.onsetDate) && date < todayIn(row.patient.timeZone, now), date).toBe(true);
      expect(row.painNow >= 0 && row.painNow <= 10).toBe(true);
      const peg = [row.pegPain, row.pegEnjoyment, row.pegActivity];
      expect(peg.every((answer) => answer === null) || peg.every((answer) => answer !== null && answer >= 0 && answer <= 10)).toBe(true);
      if (row.painSide !== null) expect(row.painAreas.length).toBeGreaterThan(0);
    }
  });

  it("James recovers: most days since onset, pain from 7 to about 2, PEG-3 weekly, more active", async () => {
    const rows = await checkInsOf("james@riverside.example");
    const onset = fromDbDate(rows[0]!.patient.episodes[0]!.onsetDate);
    expect(fromDbDate(rows[0]!.date)).toBe(onset);
    expect(rows.length).toBeGreaterThanOrEqual(15);
    expect(rows.length).toBeLessThan(21);
    const firstWeek = rows.filter((row) => fromDbDate(row.date) < addDays(onset, 7));
    const lastWeek = between(rows, 7, 1);
    expect(rows[0]!.painNow).toBe(7);
    expect(mean(firstWeek.map((row) => row.painNow)) - mean(lastWeek.map((row) => row.painNow))).toBeGreaterThanOrEqual(3);
    expect(mean(lastWeek.map((row) => row.painNow))).toBeLessThanOrEqual(3);
    expect(pegWeeks(rows)).toHaveLength(3);
    expect(mean(lastWeek.map((row) => row.activityMinutes!))).toBeGreaterThan(mean(firstWeek.map((row) => row.activityMinutes!)) + 20);
  });

  it("James did 70-80% of the exercises due in their plan weeks, skipped a few for lack of time", async () => {
    const plan = await database.db.exercisePlan.findFirstOrThrow({
      where: { patient: { user: { email: "james@riverside.example" } } },
      select: { startDate: true, versions: { select: { items: { select: { id: true, daysPerWeek: true, fromWeek: true, toWeek: true } } } } },
    });
    const start = fromDbDate(plan.startDate);
    const items = plan.versions[0]!.items;
    const logs = await database.db.exerciseLog.findMany({ where: { patient: { user: { email: "james@riverside.example" } } } });
    let due = 0;
    for (let date = start; date < riversideToday; date = addDays(date, 1)) due += items.filter((item) => demoExerciseDue(item, start, date)).length;
    for (const log of logs) {
      const item = items.find((candidate) => candidate.id === log.planItemId)!;
      expect(demoExerciseDue(item, start, fromDbDate(log.date))).toBe(true);
    }
    const done = logs.filter((log) => log.outcome === "DONE");
    const skipped = logs.filter((log) => log.outcome === "SKIPPED");
    expect(done.length / due).toBeGreaterThanOrEqual(0.7);
    expect(done.length / due).toBeLessThanOrEqual(0.8);
    expect(skipped.length).toBeGreaterThan(0);
    expect(skipped.length).toBeLessThan(done.length / 5);
    expect(skipped.every((log) => log.skipReason === "NO_TIME" && log.painDuring === null && log.feel === null)).toBe(true);
    expect(done.every((log) => log.skipReason === null)).toBe(true);
  });

  it("Ken is stuck: 4-5 check-ins a week, pain around 6, PEG-3 weekly around 6, leg symptoms most days", async () => {
    const rows = await checkInsOf("ken@riverside.example");
    const lastTwoWeeks = mean(between(rows, 14, 1).map((row) => row.painNow));
    expect(lastTwoWeeks).toBeGreaterThanOrEqual(5);
    expect(lastTwoWeeks).toBeLessThanOrEqual(7);
    expect(rows.every((row) => row.painNow >= 5 && row.painNow <= 7)).toBe(true);
    expect(rows.length / 6).toBeGreaterThanOrEqual(4);
    expect(rows.length / 6).toBeLessThanOrEqual(5);
    expect(pegWeeks(rows)).toHaveLength(6);
    expect(mean(pegWeeks(rows).flatMap((row) => [row.pegPain!, row.pegEnjoyment!, row.pegActivity!]))).toBeCloseTo(6, 0);
    expect(rows.filter((row) => row.numbness).length / rows.length).toBeGreaterThan(0.5);
    expect(rows.filter((row) => row.belowKnee).length / rows.length).toBeGreaterThan(0.5);
  });

  it("Tom is chronic with two flares: 3-4 check-ins a week for 12 weeks, baseline 4-5, two runs of 3-4 days at 7-8", async () => {
    // Yesterday's night-pain check-in (the demo's urgent alert) is its own test.
    const rows = (await checkInsOf("tom@riverside.example")).slice(0, -1);
    expect(fromDbDate(rows[0]!.date)).toBe(addDays(riversideToday, -84));
    const baseline = rows.filter((row) => row.painNow < 7);
    expect(baseline.every((row) => row.painNow === 4 || row.painNow === 5)).toBe(true);
    // Runs of consecutive days at 7 or more.
    const flares: Row[][] = [];
    for (const row of rows) {
      const current = flares.at(-1);
      if (row.painNow < 7) continue;
      if (current && addDays(fromDbDate(current.at(-1)!.date), 1) === fromDbDate(row.date)) current.push(row);
      else flares.push([row]);
    }
    expect(flares.map((flare) => flare.length)).toEqual([4, 3]);
    expect(flares.every((flare) => flare.some((row) => row.painNow === 8))).toBe(true);
    expect(baseline.length / 12).toBeGreaterThanOrEqual(3);
    expect(baseline.length / 12).toBeLessThanOrEqual(4);
    expect(pegWeeks(rows)).toHaveLength(12);
  });

  it("Aisha improves slowly over three weeks and mostly keeps to her plan", async () => {
    const rows = await checkInsOf("aisha@riverside.example");
    expect(fromDbDate(rows[0]!.date)).toBe(addDays(riversideToday, -21));
    const firstWeek = mean(between(rows, 21, 15).map((row) => row.painNow));
    const lastWeek = mean(between(rows, 7, 1).map((row) => row.painNow));
    expect(firstWeek).toBeGreaterThanOrEqual(5.5);
    expect(lastWeek).toBeLessThanOrEqual(4.5);
    const logs = await database.db.exerciseLog.findMany({ where: { patient: { user: { email: "aisha@riverside.example" } } }, select: { date: true, outcome: true } });
    const dates = logs.map((log) => fromDbDate(log.date)).sort();
    expect(dates[0]! >= addDays(riversideToday, -14) && dates.at(-1)! < riversideToday).toBe(true);
    expect(logs.filter((log) => log.outcome === "DONE").length / logs.length).toBeGreaterThan(0.85);
  });

  it("Sofia answered a red flag yesterday: one unreviewed alert on that check-in", async () => {
    const rows = await checkInsOf("sofia@riverside.example");
    expect(rows.map((row) => fromDbDate(row.date))).toEqual([5, 4, 3, 2, 1].map((days) => addDays(riversideToday, -days)));
    const yesterday = rows.at(-1)!;
    expect(yesterday).toMatchObject({ redFlags: ["WORSENING_LEG_WEAKNESS"], weakness: true });
    expect(rows.slice(0, -1).every((row) => row.redFlags.length === 0 && !row.weakness)).toBe(true);
    const alerts = await database.db.redFlagAlert.findMany({ where: { patient: { user: { email: "sofia@riverside.example" } } } });
    expect(alerts).toEqual([expect.objectContaining({ checkInId: yesterday.id, flags: ["WORSENING_LEG_WEAKNESS"], level: "EMERGENCY", reviewedAt: null, reviewedById: null })]);
  });

  it("one open alert per level: Sofia's emergency and Tom's urgent night pain yesterday, and no other", async () => {
    const tomRows = await checkInsOf("tom@riverside.example");
    const tomYesterday = tomRows.at(-1)!;
    expect(fromDbDate(tomYesterday.date)).toBe(addDays(riversideToday, -1));
    expect(tomYesterday.redFlags).toEqual(["NIGHT_PAIN"]);
    const alerts = await database.db.redFlagAlert.findMany({ select: { level: true, flags: true, checkInId: true, reviewedAt: true } });
    expect(alerts.map((alert) => alert.level).sort()).toEqual(["EMERGENCY", "URGENT"]);
    expect(alerts.find((alert) => alert.level === "URGENT")).toMatchObject({ checkInId: tomYesterday.id, flags: ["NIGHT_PAIN"], reviewedAt: null });
  });

  it("leaves Maria new (no check-ins, no plan, no logs) and gives Noah a few check-ins", async () => {
    const maria = { patient: { user: { email: "maria@riverside.example" } } };
    expect(await Promise.all([database.db.checkIn.count({ where: maria }), database.db.exercisePlan.count({ where: maria }), database.db.exerciseLog.count({ where: maria }), database.db.redFlagAlert.count({ where: maria })])).toEqual([0, 0, 0, 0]);
    const noah = await checkInsOf("noah@harbor.example");
    expect(noah.length).toBeGreaterThanOrEqual(3);
    expect(noah.length).toBeLessThanOrEqual(6);
  });
});
