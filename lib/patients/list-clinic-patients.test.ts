import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../prisma/seed";
import { patientScope, patientScopeSql } from "../auth/access";
import type { Viewer } from "../auth/viewer-types";
import { addDays, todayIn, toDbDate } from "../dates/calendar-date";
import { NotFoundError } from "../errors/domain-errors";
import { useTestDatabase } from "../testing/test-database";
import { viewerFor } from "../testing/viewers";
import { listClinicPatients } from "./list-clinic-patients";

const NOW = new Date();
const RIVERSIDE_BY_NAME = ["Aisha Rahman", "James Carter", "Ken Watanabe", "Maria Lopez", "Sofia Rossi", "Tom Becker"];
const BULK_WITH_EPISODES = 60;

describe("the clinician's patient list", () => {
  const database = useTestDatabase();
  let lee: Viewer;
  let kim: Viewer;
  let bulkDoctor: Viewer;

  const names = async (viewer: Viewer, query: Parameters<typeof listClinicPatients>[2] = {}) =>
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
      onsetDate: addDays(todayIn("America/New_York", NOW), -5),
      daysSinceOnset: 5,
      primaryCondition: "LOW_BACK_PAIN",
      phase: "ACUTE",
    });
    // Harbor splits acute from subacute at 6 weeks: Noah, 30 days in, is still acute.
    expect((await listClinicPatients(database.db, kim, {}, NOW)).patients).toEqual([
      expect.objectContaining({ name: "Noah Adams", primaryCondition: "PINCHED_NERVE", daysSinceOnset: 30, phase: "ACUTE" }),
    ]);
    expect(await names(kim, { q: "riverside" })).toEqual([]);
  });

  it("refuses patients and admins, and writes nothing to the audit trail", async () => {
    const before = await database.db.auditEvent.count();
    for (const email of ["maria@riverside.example", "noah@harbor.example", "admin@riverside.example"]) {
      await expect(listClinicPatients(database.db, await viewerFor(database.db, email)), email).rejects.toBeInstanceOf(NotFoundError);
    }
    await listClinicPatients(database.db, lee);
    expect(await database.db.auditEvent.count()).toBe(before);
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
