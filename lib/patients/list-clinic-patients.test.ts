import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../prisma/seed";
import { patientScope, patientScopeSql } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import { addDays, todayIn, toDbDate, type TCalendarDate } from "../dates/calendar-date";
import { refreshMissingEpisodeSummaries } from "../episodes/refresh-episode-summary";
import { NotFoundError } from "../errors/domain-errors";
import { useTestDatabase } from "../../tools/testing/test-database";
import { viewerFor } from "../../tools/testing/viewers";
import { listClinicPatients, type TPatientListRow } from "./list-clinic-patients";

const NOW = new Date();
const DAY_MS = 24 * 60 * 60 * 1000;
const RIVERSIDE_BY_NAME = ["Aisha Rahman", "James Carter", "Ken Watanabe", "Maria Lopez", "Sofia Rossi", "Tom Becker"];
const BULK_WITH_EPISODES = 60;

describe("the clinician's patient list", () => {
  const database = useTestDatabase();
  let lee: TViewer;
  let kim: TViewer;
  let bulkDoctor: TViewer;

  const names = async (viewer: TViewer, query: Parameters<typeof listClinicPatients>[2] = {}) =>
    (await listClinicPatients(database.db, viewer, query, NOW)).patients.map((patient) => patient.name);

  beforeAll(async () => {
    const db = database.db;
    await seedDemoData(db, { password: "backtrack-demo", now: NOW });
    lee = await viewerFor(db, "lee@riverside.example");
    kim = await viewerFor(db, "kim@harbor.example");

    // A third clinic with more than two pages of patients, so the demo clinics' lists stay as they are.
    const clinic = await db.clinic.create({ data: { slug: "bulk", name: "Bulk Back Clinic", acuteWeeks: 4 } });
    await db.user.create({ data: { email: "doc@bulk.example", name: "Dr. Bulk", role: "CLINICIAN", clinicId: clinic.id } });
    bulkDoctor = await viewerFor(db, "doc@bulk.example");
    const today = todayIn("UTC", NOW);
    const people = [
      ...Array.from({ length: BULK_WITH_EPISODES }, (_, index) => ({ number: String(index + 1).padStart(2, "0"), onsetDaysAgo: index + 1 })),
      { number: "61", onsetDaysAgo: null }, // no episode at all
      { number: "62", onsetDaysAgo: null }, // a closed episode only
    ];
    const users = await db.user.createManyAndReturn({
      data: people.map((person) => ({ email: `patient${person.number}@bulk.example`, name: `Bulk Patient ${person.number}`, role: "PATIENT" as const, clinicId: clinic.id })),
      select: { id: true, email: true },
    });
    const idOf = (number: string) => users.find((user) => user.email === `patient${number}@bulk.example`)!.id;
    await db.patientProfile.createMany({ data: users.map((user) => ({ userId: user.id, dateOfBirth: toDbDate("1980-01-01"), timeZone: "UTC" })) });
    await db.episode.createMany({
      data: [
        ...people
          .filter((person) => person.onsetDaysAgo !== null)
          .map((person) => ({ patientId: idOf(person.number), onsetDate: toDbDate(addDays(today, -person.onsetDaysAgo!)), primaryCondition: "LOW_BACK_PAIN" as const })),
        { patientId: idOf("62"), onsetDate: toDbDate(addDays(today, -400)), primaryCondition: "SCIATICA", status: "CLOSED", closedAt: NOW },
      ],
    });
  });

  it("shows a clinician their own clinic's patients only, by name, with phase and onset", async () => {
    const page = await listClinicPatients(database.db, lee, {}, NOW);
    expect(page).toMatchObject({ total: 6, page: 1, pageSize: 25 });
    expect(page.patients.map((patient) => patient.name)).toEqual(RIVERSIDE_BY_NAME);
    expect(page.patients.find((patient) => patient.name === "Maria Lopez")).toEqual({
      id: expect.any(String),
      name: "Maria Lopez",
      email: "maria@riverside.example",
      hasSignedUp: true,
      active: true,
      onsetDate: addDays(todayIn("America/New_York", NOW), -5),
      daysSinceOnset: 5,
      primaryCondition: "LOW_BACK_PAIN",
      phase: "ACUTE",
      lastCheckIn: null,
      trend: { latestWeek: null, direction: "not-enough-data", chronicityRisk: false, worsening: false },
      quiet: true,
      exercises: null,
      unreviewedRedFlag: false,
      redFlagLevel: null,
      functionChange: null,
    });
    // Harbor splits acute from subacute at 6 weeks: Noah, 30 days in, is still acute.
    expect((await listClinicPatients(database.db, kim, {}, NOW)).patients).toEqual([
      expect.objectContaining({ name: "Noah Adams", primaryCondition: "PINCHED_NERVE", daysSinceOnset: 30, phase: "ACUTE" }),
    ]);
    expect(await names(kim, { q: "riverside" })).toEqual([]);
  });

  it("refuses patients and admins without an audit event, and records one event per page with the patients shown and never the search text", async () => {
    const before = await database.db.auditEvent.count();
    for (const email of ["maria@riverside.example", "noah@harbor.example", "admin@riverside.example"]) {
      await expect(listClinicPatients(database.db, await viewerFor(database.db, email)), email).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await database.db.auditEvent.count()).toBe(before);
    const page = await listClinicPatients(database.db, lee, { q: "lopez", sort: "onset" });
    expect(await database.db.auditEvent.count()).toBe(before + 1);
    const [event] = await database.db.auditEvent.findMany({ where: { action: "patients.list" }, orderBy: { at: "desc" }, take: 1 });
    expect(event).toMatchObject({ actorId: lee.userId, clinicId: lee.clinicId, patientId: null, subjectIds: page.patients.map((patient) => patient.id) });
    expect(event?.detail).toMatchObject({ sort: "onset", page: 1, searched: true });
    expect(JSON.stringify(event)).not.toMatch(/lopez/i);
  });

  it("searches names and emails, ignoring case, and takes % and _ literally", async () => {
    expect(await names(lee, { q: "lOPEz" })).toEqual(["Maria Lopez"]);
    expect(await names(lee, { q: "  AISHA@river " })).toEqual(["Aisha Rahman"]);
    expect(await names(lee, { q: "an" })).toEqual(["Aisha Rahman", "Ken Watanabe"]);
    expect(await names(lee, { q: "%" })).toEqual([]);
    expect(await names(lee, { q: "_" })).toEqual([]);
    expect(await names(lee, { q: "noah" })).toEqual([]);
  });

  it("filters by phase with the clinic's own acute/subacute split", async () => {
    expect(await names(lee, { phase: "ACUTE" })).toEqual(["James Carter", "Maria Lopez", "Sofia Rossi"]);
    expect(await names(lee, { phase: "SUBACUTE" })).toEqual(["Aisha Rahman", "Ken Watanabe"]);
    expect(await names(lee, { phase: "CHRONIC" })).toEqual(["Tom Becker"]);
    expect(await names(kim, { phase: "ACUTE" })).toEqual(["Noah Adams"]);
    expect(await names(kim, { phase: "SUBACUTE" })).toEqual([]);
  });

  it("filters by primary condition, together with search and phase", async () => {
    expect(await names(lee, { condition: "SCIATICA" })).toEqual(["Aisha Rahman"]);
    expect(await names(lee, { condition: "SCIATICA", phase: "ACUTE" })).toEqual([]);
    expect(await names(lee, { condition: "HERNIATED_DISC", q: "ken" })).toEqual(["Ken Watanabe"]);
    expect(await names(lee, { condition: "PINCHED_NERVE" })).toEqual([]);
  });

  it("sorts by name, by condition (as clinicians read it) and by time since onset, both ways", async () => {
    expect(await names(lee, { sort: "name", dir: "desc" })).toEqual([...RIVERSIDE_BY_NAME].reverse());
    // Back muscle strain, Bulging disc, Low back pain, Pain in the back of the leg, Sciatica, Spinal stenosis.
    const byCondition = ["James Carter", "Ken Watanabe", "Maria Lopez", "Sofia Rossi", "Aisha Rahman", "Tom Becker"];
    expect(await names(lee, { sort: "condition" })).toEqual(byCondition);
    expect(await names(lee, { sort: "condition", dir: "desc" })).toEqual([...byCondition].reverse());
    // Ascending: the shortest time since onset (acute) first: 5, 10, 21, 42, 56 and 152 days.
    const byOnset = ["Maria Lopez", "Sofia Rossi", "James Carter", "Ken Watanabe", "Aisha Rahman", "Tom Becker"];
    expect(await names(lee, { sort: "onset" })).toEqual(byOnset);
    expect(await names(lee, { sort: "onset", dir: "desc" })).toEqual([...byOnset].reverse());
  });

  it("pages 25 at a time with a total, and answers the last page for a page past the end", async () => {
    const pages = await Promise.all([1, 2, 3].map((page) => listClinicPatients(database.db, bulkDoctor, { page }, NOW)));
    expect(pages.map((page) => [page.total, page.page, page.patients.length])).toEqual([
      [62, 1, 25],
      [62, 2, 25],
      [62, 3, 12],
    ]);
    const everyone = pages.flatMap((page) => page.patients.map((patient) => patient.name));
    expect(everyone).toEqual(Array.from({ length: 62 }, (_, index) => `Bulk Patient ${String(index + 1).padStart(2, "0")}`));
    const past = await listClinicPatients(database.db, bulkDoctor, { page: 40 }, NOW);
    expect([past.page, past.patients[0]?.name]).toEqual([3, "Bulk Patient 51"]);
    // Filters count too: days 1-27 are acute with a 4-week split.
    const acute = await listClinicPatients(database.db, bulkDoctor, { phase: "ACUTE", page: 2 }, NOW);
    expect([acute.total, acute.patients.length]).toEqual([27, 2]);
  });

  it("lists patients without an active episode, after the others when sorting by episode, never under a phase", async () => {
    const withoutEpisode = { onsetDate: null, daysSinceOnset: null, primaryCondition: null, phase: null };
    expect((await listClinicPatients(database.db, bulkDoctor, { q: "patient 6" }, NOW)).patients).toEqual([
      expect.objectContaining({ name: "Bulk Patient 60", phase: "SUBACUTE" }),
      expect.objectContaining({ name: "Bulk Patient 61", hasSignedUp: false, ...withoutEpisode }),
      expect.objectContaining({ name: "Bulk Patient 62", ...withoutEpisode }),
    ]);
    for (const sort of ["onset", "condition"] as const) {
      for (const dir of ["asc", "desc"] as const) {
        const last = await listClinicPatients(database.db, bulkDoctor, { sort, dir, page: 3 }, NOW);
        expect(last.patients.slice(-2).map((patient) => patient.name), `${sort} ${dir}`).toEqual(["Bulk Patient 61", "Bulk Patient 62"]);
      }
    }
    expect((await listClinicPatients(database.db, bulkDoctor, { phase: "CHRONIC" }, NOW)).total).toBe(0);
    expect((await listClinicPatients(database.db, bulkDoctor, { phase: "SUBACUTE" }, NOW)).total).toBe(BULK_WITH_EPISODES - 27);
  });

  it("falls back to the defaults for a query that makes no sense", async () => {
    const junk = { q: 42, phase: "LATE", condition: "FLU", sort: "age", dir: "sideways", page: "abc" };
    const page = await listClinicPatients(database.db, lee, junk, NOW);
    expect([page.total, page.page]).toEqual([6, 1]);
    expect(page.patients.map((patient) => patient.name)).toEqual(RIVERSIDE_BY_NAME);
  });

  it("scopes the raw query exactly as patientScope does, for every role", async () => {
    const emails = ["lee@riverside.example", "kim@harbor.example", "doc@bulk.example", "maria@riverside.example", "admin@riverside.example"];
    for (const email of emails) {
      const viewer = await viewerFor(database.db, email);
      const viaPrisma = await database.db.patientProfile.findMany({ where: patientScope(viewer), select: { userId: true }, orderBy: { userId: "asc" } });
      const viaSql = await database.db.$queryRaw<{ userId: string }[]>`
        SELECT u."id" AS "userId" FROM "User" u WHERE ${patientScopeSql(viewer)} ORDER BY u."id" ASC`;
      expect(viaSql, email).toEqual(viaPrisma);
    }
  });
});

describe("the patient list's check-in columns and filters", () => {
  const database = useTestDatabase();
  let lee: TViewer;
  let kim: TViewer;
  let doctor: TViewer;
  /** The activity clinic's patients' latest check-in dates, by name (null: never). */
  const lastDates = new Map<string, TCalendarDate | null>();
  const idOf = new Map<string, string>();

  const list = async (viewer: TViewer, query: Parameters<typeof listClinicPatients>[2] = {}) => listClinicPatients(database.db, viewer, query, NOW);
  const names = async (viewer: TViewer, query: Parameters<typeof listClinicPatients>[2] = {}) => (await list(viewer, query)).patients.map((patient) => patient.name);
  const row = async (viewer: TViewer, name: string): Promise<TPatientListRow> => (await list(viewer, { q: name })).patients.find((patient) => patient.name === name)!;

  beforeAll(async () => {
    const db = database.db;
    await seedDemoData(db, { password: "backtrack-demo", now: NOW });
    lee = await viewerFor(db, "lee@riverside.example");
    kim = await viewerFor(db, "kim@harbor.example");

    // A clinic of its own, each patient with the history a column or filter needs; dates are each patient's own.
    const clinic = await db.clinic.create({ data: { slug: "activity", name: "Activity Clinic", acuteWeeks: 4 } });
    const doc = await db.user.create({ data: { email: "doc@activity.example", name: "Dr. Activity", role: "CLINICIAN", clinicId: clinic.id } });
    doctor = await viewerFor(db, "doc@activity.example");
    const exercise = await db.exercise.create({
      data: { slug: "test-walk", name: "Test walk", bodyArea: "back", goals: [], equipment: [], conditions: [], defaultSets: 1, defaultTimesPerDay: 1, defaultDaysPerWeek: 7, contentHash: "x" },
    });
    const people: { name: string; timeZone?: string; pains: [number, number][] }[] = [
      { name: "Ann Improving", pains: [[13, 7], [10, 7], [8, 6], [5, 4], [3, 4], [1, 3]] },
      { name: "Ben Worsening", pains: [[12, 3], [9, 3], [4, 5], [0, 6]] },
      { name: "Cat Steady", pains: [[11, 5], [8, 5], [6, 5], [2, 6]] },
      { name: "Dan Six Days", pains: [[6, 4]] },
      { name: "Eve Seven Days", pains: [[20, 5], [7, 4]] },
      { name: "Fay Never", pains: [] },
      { name: "Gus Alert", pains: [[30, 2], [1, 8]] },
      { name: "Hal Reviewed", pains: [[2, 5]] },
      // From a high first week: 8 to 10 is 2 points but 25%, worse all the same; 8 to 9.5 is not.
      { name: "Ivy High", pains: [[38, 8], [36, 8], [3, 10], [1, 10]] },
      { name: "Jon Nearly", pains: [[38, 8], [36, 8], [2, 9], [1, 10]] },
      // UTC+14 and UTC-11: their dates are always a day or two apart, so only each one's own "today" gets both right.
      { name: "Kai Kiritimati", timeZone: "Pacific/Kiritimati", pains: [[7, 3]] },
      { name: "Pat Pago", timeZone: "Pacific/Pago_Pago", pains: [[6, 3]] },
    ];
    for (const person of people) {
      const timeZone = person.timeZone ?? "UTC";
      const today = todayIn(timeZone, NOW);
      const user = await db.user.create({
        data: {
          email: `${person.name.split(" ")[0]!.toLowerCase()}@activity.example`,
          name: person.name,
          role: "PATIENT",
          clinicId: clinic.id,
          patient: { create: { dateOfBirth: toDbDate("1980-01-01"), timeZone, episodes: { create: { onsetDate: toDbDate(addDays(today, -40)), primaryCondition: "SCIATICA" } } } },
        },
      });
      idOf.set(person.name, user.id);
      await db.checkIn.createMany({ data: person.pains.map(([daysAgo, painNow]) => ({ patientId: user.id, date: toDbDate(addDays(today, -daysAgo)), painNow })) });
      const newest = Math.min(...person.pains.map(([daysAgo]) => daysAgo));
      lastDates.set(person.name, person.pains.length ? addDays(today, -newest) : null);
    }
    // Written straight to the table, as a bulk load would: their trend summaries are filled in the same way as after one.
    await refreshMissingEpisodeSummaries(db);
    const checkInOf = async (name: string, daysAgo: number) =>
      db.checkIn.findUniqueOrThrow({ where: { patientId_date: { patientId: idOf.get(name)!, date: toDbDate(addDays(todayIn("UTC", NOW), -daysAgo)) } } });
    await db.redFlagAlert.createMany({
      data: [
        { patientId: idOf.get("Gus Alert")!, checkInId: (await checkInOf("Gus Alert", 1)).id, flags: ["WORSENING_LEG_WEAKNESS"] },
        { patientId: idOf.get("Gus Alert")!, checkInId: (await checkInOf("Gus Alert", 30)).id, flags: ["FEVER"], reviewedAt: NOW, reviewedById: doc.id },
        { patientId: idOf.get("Hal Reviewed")!, checkInId: (await checkInOf("Hal Reviewed", 2)).id, flags: ["FEVER"], reviewedAt: NOW, reviewedById: doc.id },
        // Urgent ones: Gus's open emergency outranks his open urgent alert; Cat's is newer than Dan's; Hal's reviewed emergency counts for nothing.
        { patientId: idOf.get("Gus Alert")!, checkInId: (await checkInOf("Gus Alert", 1)).id, flags: ["NIGHT_PAIN"], level: "URGENT" },
        { patientId: idOf.get("Cat Steady")!, checkInId: (await checkInOf("Cat Steady", 2)).id, flags: ["FEVER"], level: "URGENT", raisedAt: new Date(NOW.getTime() - 2 * DAY_MS) },
        { patientId: idOf.get("Dan Six Days")!, checkInId: (await checkInOf("Dan Six Days", 6)).id, flags: ["WEIGHT_LOSS"], level: "URGENT", raisedAt: new Date(NOW.getTime() - 6 * DAY_MS) },
        { patientId: idOf.get("Hal Reviewed")!, checkInId: (await checkInOf("Hal Reviewed", 2)).id, flags: ["BOTH_LEGS"], reviewedAt: NOW, reviewedById: doc.id },
      ],
    });

    const today = todayIn("UTC", NOW);
    /** A plan for `name` from `startDaysAgo`, its versions from their own dates, each with items; the item ids, by version. */
    const givePlan = async (name: string, plan: { startDaysAgo: number; ended?: boolean; versions: { fromDaysAgo: number; items: { daysPerWeek: number; fromWeek?: number; toWeek?: number }[] }[] }) => {
      const created = await db.exercisePlan.create({
        data: { patientId: idOf.get(name)!, title: "Plan", startDate: toDbDate(addDays(today, -plan.startDaysAgo)), createdById: doc.id, endedAt: plan.ended ? NOW : null },
      });
      const ids: string[][] = [];
      for (const [index, version] of plan.versions.entries()) {
        const made = await db.exercisePlanVersion.create({
          data: {
            planId: created.id,
            number: index + 1,
            effectiveFrom: toDbDate(addDays(today, -version.fromDaysAgo)),
            createdById: doc.id,
            items: { create: version.items.map((item, position) => ({ exerciseId: exercise.id, position, sets: 1, timesPerDay: 1, ...item })) },
          },
          select: { items: { orderBy: { position: "asc" }, select: { id: true } } },
        });
        ids.push(made.items.map((item) => item.id));
      }
      return ids;
    };
    const log = (name: string, planItemId: string, daysAgo: number, outcome: "DONE" | "SKIPPED" = "DONE") => ({
      patientId: idOf.get(name)!,
      planItemId,
      date: toDbDate(addDays(today, -daysAgo)),
      outcome,
    });
    // Ann: a plan ended today (its mark yesterday still counts), and the current one, started 10 days ago, so in its week 2.
    const [oldItem] = (await givePlan("Ann Improving", { startDaysAgo: 30, ended: true, versions: [{ fromDaysAgo: 30, items: [{ daysPerWeek: 7 }] }] }))[0]!;
    const [firstWeekOnly, fiveDays, fromWeekTwo] = (
      await givePlan("Ann Improving", {
        startDaysAgo: 10,
        versions: [{ fromDaysAgo: 10, items: [{ daysPerWeek: 7, toWeek: 1 }, { daysPerWeek: 5 }, { daysPerWeek: 3, fromWeek: 2 }] }],
      })
    )[0]!;
    await db.exerciseLog.createMany({
      data: [
        log("Ann Improving", fiveDays!, 1),
        log("Ann Improving", fiveDays!, 2),
        log("Ann Improving", fiveDays!, 6),
        log("Ann Improving", fromWeekTwo!, 1),
        // Week 1 (plan day 6), within the last 7 days: done, though no longer prescribed.
        log("Ann Improving", firstWeekOnly!, 4),
        log("Ann Improving", fromWeekTwo!, 2, "SKIPPED"),
        log("Ann Improving", fiveDays!, 7),
        log("Ann Improving", oldItem!, 1),
      ],
    });
    // Ben: a plan that starts in 3 days. Cat: changed today to 4 days a week, with a change to 2 already written for tomorrow.
    await givePlan("Ben Worsening", { startDaysAgo: -3, versions: [{ fromDaysAgo: -3, items: [{ daysPerWeek: 7 }] }] });
    await givePlan("Cat Steady", {
      startDaysAgo: 20,
      versions: [
        { fromDaysAgo: 20, items: [{ daysPerWeek: 7 }] },
        { fromDaysAgo: 0, items: [{ daysPerWeek: 4 }] },
        { fromDaysAgo: -1, items: [{ daysPerWeek: 2 }] },
      ],
    });
  });

  it("shows the latest check-in's pain and date, days since, and the trend engine's latest week, direction and flags", async () => {
    const today = todayIn("UTC", NOW);
    // Onset 40 days ago: check-ins 13 days ago fall in week 4, 10 to 7 days ago in week 5, the rest in week 6.
    expect(await row(doctor, "Ann Improving")).toMatchObject({
      lastCheckIn: { date: addDays(today, -1), painNow: 3, daysAgo: 1 },
      trend: { latestWeek: { week: 6, meanPain: 3.7 }, direction: "improving", chronicityRisk: false, worsening: false },
      quiet: false,
    });
    expect(await row(doctor, "Ben Worsening")).toMatchObject({
      lastCheckIn: { date: today, painNow: 6, daysAgo: 0 },
      trend: { latestWeek: { week: 6, meanPain: 5.5 }, direction: "worsening", chronicityRisk: false, worsening: true },
    });
    // Three 5s and a 6: the Theil-Sen slope (0.4 a week) shrugs off the one higher day.
    expect(await row(doctor, "Cat Steady")).toMatchObject({ lastCheckIn: { painNow: 6, daysAgo: 2 }, trend: { latestWeek: { week: 6, meanPain: 6 }, direction: "steady", worsening: false } });
    expect(await row(doctor, "Dan Six Days")).toMatchObject({ lastCheckIn: { painNow: 4, daysAgo: 6 }, trend: { latestWeek: { week: 5, meanPain: 4 }, direction: "not-enough-data" } });
    expect(await row(doctor, "Fay Never")).toMatchObject({ lastCheckIn: null, trend: { latestWeek: null, direction: "not-enough-data" }, quiet: true });
  });

  it("filters patients whose latest week is clearly worse than their first", async () => {
    // Ben went from 3 to 5.5; Gus from 2 in week 2 to 8 in week 6; Ivy from 8 to 10 (a rise of 2 points is worse, whatever the percentage).
    expect(await names(doctor, { worse: "1" })).toEqual(["Ben Worsening", "Gus Alert", "Ivy High"]);
    expect((await list(doctor, { worse: "1" })).total).toBe(3);
    expect(await names(doctor, { worse: "1", alert: "1" })).toEqual(["Gus Alert"]);
    expect(await row(doctor, "Ivy High")).toMatchObject({ trend: { latestWeek: { week: 6, meanPain: 10 }, worsening: true } });
    expect(await row(doctor, "Jon Nearly")).toMatchObject({ trend: { latestWeek: { week: 6, meanPain: 9.5 }, worsening: false } });
    // The SQL filter and the engine's flag on each row agree, both ways.
    const everyone = (await list(doctor)).patients;
    expect(await names(doctor, { worse: "1" })).toEqual(everyone.filter((patient) => patient.trend?.worsening).map((patient) => patient.name));
  });

  it("marks patients without a check-in for 7 days or more (or ever), on each patient's own calendar", async () => {
    const quiet = Object.fromEntries((await list(doctor)).patients.map((patient) => [patient.name, patient.quiet]));
    expect(quiet).toEqual({
      "Ann Improving": false,
      "Ben Worsening": false,
      "Cat Steady": false,
      "Dan Six Days": false,
      "Eve Seven Days": true,
      "Fay Never": true,
      "Gus Alert": false,
      "Hal Reviewed": false,
      "Ivy High": false,
      "Jon Nearly": false,
      "Kai Kiritimati": true,
      "Pat Pago": false,
    });
    expect((await row(doctor, "Kai Kiritimati")).lastCheckIn?.daysAgo).toBe(7);
    expect((await row(doctor, "Pat Pago")).lastCheckIn?.daysAgo).toBe(6);
  });

  it("counts exercises done in the last 7 days against a week of the current plan's current version", async () => {
    // Done: 3 + 1 + 1 (the week-1 exercise, 4 days ago) + 1 (the ended plan's, yesterday); not the skip or the mark 7 days ago. Prescribed in week 2: 5 + 3.
    expect((await row(doctor, "Ann Improving")).exercises).toEqual({ done: 6, prescribed: 8 });
    // A plan that has not started has nothing due; the version in effect today counts, not tomorrow's.
    expect((await row(doctor, "Ben Worsening")).exercises).toEqual({ done: 0, prescribed: 0 });
    expect((await row(doctor, "Cat Steady")).exercises).toEqual({ done: 0, prescribed: 4 });
    expect((await row(doctor, "Dan Six Days")).exercises).toBeNull();
  });

  it("flags patients with a red flag nobody has reviewed, by its most pressing level, and filters them with alert=any (or 1), emergency or urgent, counted and scoped", async () => {
    expect(await row(doctor, "Gus Alert")).toMatchObject({ unreviewedRedFlag: true, redFlagLevel: "EMERGENCY" });
    expect(await row(doctor, "Cat Steady")).toMatchObject({ unreviewedRedFlag: true, redFlagLevel: "URGENT" });
    expect(await row(doctor, "Hal Reviewed")).toMatchObject({ unreviewedRedFlag: false, redFlagLevel: null });
    // With the filter on, the list is by level by default: emergency first, then the newest alert first.
    const any = await list(doctor, { alert: "any" });
    expect([any.total, any.patients.map((patient) => patient.name)]).toEqual([3, ["Gus Alert", "Cat Steady", "Dan Six Days"]]);
    expect(await names(doctor, { alert: "1" })).toEqual(["Gus Alert", "Cat Steady", "Dan Six Days"]);
    expect(await names(doctor, { alert: "1", sort: "name", dir: "desc" })).toEqual(["Gus Alert", "Dan Six Days", "Cat Steady"]);
    const emergency = await list(doctor, { alert: "emergency" });
    expect([emergency.total, emergency.patients.map((patient) => patient.name)]).toEqual([1, ["Gus Alert"]]);
    const urgent = await list(doctor, { alert: "urgent" });
    expect([urgent.total, urgent.patients.map((patient) => patient.name)]).toEqual([2, ["Cat Steady", "Dan Six Days"]]);
    // Every clinic sees its own alerts only.
    expect(await names(lee, { alert: "1" })).toEqual(["Sofia Rossi", "Tom Becker"]);
    expect(await names(kim, { alert: "any" })).toEqual([]);
    expect(await names(doctor, { alert: "0" })).toHaveLength(12);
    expect(await names(doctor, { alert: "1", q: "hal" })).toEqual([]);
  });

  it("the red-flag filters and each row's level agree, and sorting by red flag puts emergency first (or last, descending), patients without one after", async () => {
    const everyone = (await list(doctor)).patients;
    for (const [filter, level] of [["emergency", "EMERGENCY"], ["urgent", "URGENT"]] as const) {
      expect(await names(doctor, { alert: filter, sort: "name" }), filter).toEqual(everyone.filter((patient) => patient.redFlagLevel === level).map((patient) => patient.name));
    }
    expect(await names(doctor, { alert: "any", sort: "name" })).toEqual(everyone.filter((patient) => patient.unreviewedRedFlag).map((patient) => patient.name));
    const withoutAlert = everyone.filter((patient) => !patient.redFlagLevel).map((patient) => patient.name);
    expect(await names(doctor, { sort: "redFlag" })).toEqual(["Gus Alert", "Cat Steady", "Dan Six Days", ...withoutAlert]);
    expect(await names(doctor, { sort: "redFlag", dir: "desc" })).toEqual(["Cat Steady", "Dan Six Days", "Gus Alert", ...withoutAlert]);
  });

  it("filters patients without a check-in in the last 7 days with quiet=1, with the other filters, in the count too", async () => {
    const quiet = await list(doctor, { quiet: "1" });
    expect([quiet.total, quiet.patients.map((patient) => patient.name)]).toEqual([3, ["Eve Seven Days", "Fay Never", "Kai Kiritimati"]]);
    expect(quiet.patients.every((patient) => patient.quiet)).toBe(true);
    expect(await names(doctor, { quiet: "1", q: "ka" })).toEqual(["Kai Kiritimati"]);
    expect(await names(doctor, { quiet: "1", alert: "1" })).toEqual([]);
    expect(await names(doctor, { quiet: "1", phase: "SUBACUTE", sort: "condition", dir: "desc" })).toEqual(["Eve Seven Days", "Fay Never", "Kai Kiritimati"]);
    expect(await names(lee, { quiet: "1" })).toEqual(["Maria Lopez"]);
    expect(await names(kim, { quiet: "1" })).toEqual([]);
  });

  it("sorts by the latest check-in, most recent first or last, never-checked-in patients last either way", async () => {
    const byDate = [...lastDates.entries()]
      .filter(([, date]) => date !== null)
      .sort(([nameA, a], [nameB, b]) => (a === b ? nameA.localeCompare(nameB) : a! > b! ? -1 : 1))
      .map(([name]) => name);
    expect(await names(doctor, { sort: "lastCheckIn" })).toEqual([...byDate, "Fay Never"]);
    const longestAgo = [...lastDates.entries()]
      .filter(([, date]) => date !== null)
      .sort(([nameA, a], [nameB, b]) => (a === b ? nameA.localeCompare(nameB) : a! < b! ? -1 : 1))
      .map(([name]) => name);
    expect(await names(doctor, { sort: "lastCheckIn", dir: "desc" })).toEqual([...longestAgo, "Fay Never"]);
    const page = await list(doctor, { sort: "lastCheckIn", quiet: "1" });
    expect(page.patients.at(-1)!.name).toBe("Fay Never");
  });

  it("shows the demo patients' histories", async () => {
    const riverside = Object.fromEntries((await list(lee)).patients.map((patient) => [patient.name, patient]));
    expect(riverside["James Carter"]).toMatchObject({ lastCheckIn: { daysAgo: 1 }, trend: { direction: "improving", chronicityRisk: false }, quiet: false, unreviewedRedFlag: false });
    expect(riverside["Ken Watanabe"]).toMatchObject({ trend: { direction: "steady", chronicityRisk: true, worsening: false }, quiet: false });
    expect(riverside["Sofia Rossi"]).toMatchObject({ lastCheckIn: { daysAgo: 1, painNow: 6 }, unreviewedRedFlag: true });
    expect(riverside["Maria Lopez"]).toMatchObject({ lastCheckIn: null, quiet: true, exercises: null, unreviewedRedFlag: false });
    // The chronicity-risk filter finds those past 6 weeks without a clear improvement: Ken turning chronic, and whoever else the engine flags.
    const atRisk = await names(lee, { risk: "1" });
    expect(atRisk).toContain("Ken Watanabe");
    expect(atRisk).not.toContain("James Carter");
    // The SQL filter and the engine's flag on each row agree, both ways.
    expect([...atRisk].sort()).toEqual(Object.keys(riverside).filter((name) => riverside[name]!.trend?.chronicityRisk).sort());
  });

  it("shows the latest PSFS change against the first of the episode, and filters by it as each row says", async () => {
    const db = database.db;
    const today = todayIn("UTC", NOW);
    const answer = async (name: string, instrumentId: string, scores: [number, number][]) => {
      const patientId = idOf.get(name)!;
      const episode = await db.episode.findFirstOrThrow({ where: { patientId }, select: { id: true } });
      for (const [daysAgo, score] of scores) {
        await db.questionnaireResponse.create({
          data: { patientId, episodeId: episode.id, instrumentId, instrumentVersion: 1, answers: {}, score, completedOn: toDbDate(addDays(today, -daysAgo)), requestId: crypto.randomUUID() },
        });
      }
    };
    // Ann: 3.3 to 5.3 is 2 points in decimal, 1.9999999999999996 in floating point: improved, in SQL as in the row.
    await answer("Ann Improving", "psfs", [[28, 3.3], [14, 4], [1, 5.3]]);
    await answer("Ben Worsening", "psfs", [[28, 6], [1, 4]]);
    await answer("Cat Steady", "psfs", [[28, 4], [1, 5.7]]);
    // Dan has one score (no change yet); Eve's middle score is not what counts; Fay's rating of change is not a PSFS.
    await answer("Dan Six Days", "psfs", [[1, 5]]);
    await answer("Eve Seven Days", "psfs", [[30, 2], [20, 7], [8, 3.5]]);
    await answer("Fay Never", "groc", [[1, 5]]);

    expect((await row(doctor, "Ann Improving")).functionChange).toEqual({ shortTitle: "PSFS", baseline: 3.3, latest: 5.3, change: 2, classification: "improved" });
    expect((await row(doctor, "Ben Worsening")).functionChange).toMatchObject({ change: -2, classification: "worsened" });
    expect((await row(doctor, "Cat Steady")).functionChange).toMatchObject({ change: 1.7, classification: "no-important-change" });
    expect((await row(doctor, "Eve Seven Days")).functionChange).toMatchObject({ baseline: 2, latest: 3.5, change: 1.5, classification: "no-important-change" });
    expect((await row(doctor, "Dan Six Days")).functionChange).toBeNull();
    expect((await row(doctor, "Fay Never")).functionChange).toBeNull();

    expect(await names(doctor, { functionChange: "improved" })).toEqual(["Ann Improving"]);
    expect(await names(doctor, { functionChange: "not-improved" })).toEqual(["Ben Worsening", "Cat Steady", "Eve Seven Days"]);
    expect((await list(doctor, { functionChange: "not-improved" })).total).toBe(3);
    expect(await names(doctor, { functionChange: "not-improved", worse: "1" })).toEqual(["Ben Worsening"]);
    // The SQL filter and each row's value agree, both ways; patients with fewer than two scores are in neither.
    const everyone = (await list(doctor)).patients;
    expect(await names(doctor, { functionChange: "improved" })).toEqual(everyone.filter((patient) => patient.functionChange?.classification === "improved").map((patient) => patient.name));
    expect(await names(doctor, { functionChange: "not-improved" })).toEqual(
      everyone.filter((patient) => patient.functionChange && patient.functionChange.classification !== "improved").map((patient) => patient.name),
    );
    expect(await names(kim, { functionChange: "improved" })).toEqual([]);
  });
});
