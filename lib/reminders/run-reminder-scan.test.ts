import { beforeAll, describe, expect, it } from "vitest";
import { addCheckIn, makeClinic, makePatient } from "../../tools/testing/notification-fixtures";
import { useTestDatabase } from "../../tools/testing/test-database";
import { runReminderScan } from "./run-reminder-scan";

const JOINED = new Date("2026-01-05T12:00:00Z");

describe("the reminder scan on a real database", () => {
  const database = useTestDatabase();

  async function kindsFor(userId: string): Promise<string[]> {
    const rows = await database.db.notification.findMany({ where: { userId }, select: { kind: true, dedupeKey: true }, orderBy: { createdAt: "asc" } });
    return rows.map((row) => row.dedupeKey);
  }

  describe("runReminderScan", () => {
    let clinic: Awaited<ReturnType<typeof makeClinic>>;
    beforeAll(async () => {
      clinic = await makeClinic(database.db);
      // The clinician's digest is not part of these tests: a digest time they never reach.
      await database.db.reminderSettings.create({ data: { userId: clinic.clinicianId, digestMinute: 1439, timeZone: "Pacific/Kiritimati" } });
    });

    it("reminds at 18:00 in the patient's zone, once however often and late it runs, and not once today's check-in is in", async () => {
      const { patientId } = await makePatient(database.db, { clinicId: clinic.clinicId, careTeam: [clinic.clinicianId], timeZone: "America/New_York", createdAt: JOINED });
      const done = await makePatient(database.db, { clinicId: clinic.clinicId, careTeam: [clinic.clinicianId], timeZone: "America/New_York", createdAt: JOINED });
      // A recent weekly PEG-3 and yesterday's check-in: only the daily reminder is due.
      for (const id of [patientId, done.patientId]) {
        await addCheckIn(database.db, id, "2026-06-08", { peg: true });
        await addCheckIn(database.db, id, "2026-06-09");
      }
      await addCheckIn(database.db, done.patientId, "2026-06-10");

      await runReminderScan(database.db, new Date("2026-06-10T21:59:00Z"));
      expect(await kindsFor(patientId)).toEqual([]);
      const first = await runReminderScan(database.db, new Date("2026-06-10T22:00:00Z"));
      await runReminderScan(database.db, new Date("2026-06-10T23:30:00Z"));
      expect(await kindsFor(patientId)).toEqual([`CHECK_IN_REMINDER:${patientId}:2026-06-10`]);
      expect(await kindsFor(done.patientId)).toEqual([]);
      const deliveries = await database.db.notificationDelivery.findMany({ where: { id: { in: first.deliveryIds } }, select: { channel: true, status: true } });
      expect(deliveries).toEqual([{ channel: "EMAIL", status: "PENDING" }]);
    });

    it("sends at 03:00 when the chosen 02:30 is skipped (New York, 8 March 2026), and once when 01:30 happens twice (1 November)", async () => {
      const spring = await makePatient(database.db, { clinicId: clinic.clinicId, careTeam: [], timeZone: "America/New_York", createdAt: JOINED });
      const autumn = await makePatient(database.db, { clinicId: clinic.clinicId, careTeam: [], timeZone: "America/New_York", createdAt: JOINED });
      await database.db.reminderSettings.create({ data: { userId: spring.patientId, reminderMinute: 150 } });
      await database.db.reminderSettings.create({ data: { userId: autumn.patientId, reminderMinute: 90 } });
      for (const [id, dates] of [
        [spring.patientId, ["2026-03-02", "2026-03-07"]],
        [autumn.patientId, ["2026-10-26", "2026-10-31"]],
      ] as const) {
        await addCheckIn(database.db, id, dates[0], { peg: true });
        await addCheckIn(database.db, id, dates[1]);
      }

      await runReminderScan(database.db, new Date("2026-03-08T06:59:00Z"));
      expect(await kindsFor(spring.patientId)).toEqual([]);
      await runReminderScan(database.db, new Date("2026-03-08T07:00:00Z"));
      expect(await kindsFor(spring.patientId)).toEqual([`CHECK_IN_REMINDER:${spring.patientId}:2026-03-08`]);

      await runReminderScan(database.db, new Date("2026-11-01T05:29:00Z"));
      expect(await kindsFor(autumn.patientId)).toEqual([]);
      await runReminderScan(database.db, new Date("2026-11-01T05:30:00Z"));
      await runReminderScan(database.db, new Date("2026-11-01T06:30:00Z"));
      expect(await kindsFor(autumn.patientId)).toEqual([`CHECK_IN_REMINDER:${autumn.patientId}:2026-11-01`]);
    });

    it("follows each patient's zone: Tokyo is reminded while New York, in the same clinic, sleeps", async () => {
      const tokyo = await makePatient(database.db, { clinicId: clinic.clinicId, careTeam: [clinic.clinicianId], timeZone: "Asia/Tokyo", createdAt: JOINED });
      const newYork = await makePatient(database.db, { clinicId: clinic.clinicId, careTeam: [clinic.clinicianId], timeZone: "America/New_York", createdAt: JOINED });
      for (const id of [tokyo.patientId, newYork.patientId]) {
        await addCheckIn(database.db, id, "2026-07-14", { peg: true });
        await addCheckIn(database.db, id, "2026-07-15");
      }
      await runReminderScan(database.db, new Date("2026-07-16T09:05:00Z"));
      expect(await kindsFor(tokyo.patientId)).toEqual([`CHECK_IN_REMINDER:${tokyo.patientId}:2026-07-16`]);
      expect(await kindsFor(newYork.patientId)).toEqual([]);
    });

    it("asks the weekly questions instead when they are due, and says 'we have not heard from you' once after 3 silent days, then weekly", async () => {
      const { patientId } = await makePatient(database.db, { clinicId: clinic.clinicId, careTeam: [], timeZone: "Europe/London", createdAt: JOINED });
      await addCheckIn(database.db, patientId, "2026-04-20", { peg: true });
      await addCheckIn(database.db, patientId, "2026-05-01");
      await runReminderScan(database.db, new Date("2026-05-04T17:30:00Z"));
      expect(await kindsFor(patientId)).toEqual([`PEG_REMINDER:${patientId}:2026-05-04`, `NOT_HEARD_FROM:${patientId}:2026-05-04`]);
      await runReminderScan(database.db, new Date("2026-05-05T17:30:00Z"));
      await runReminderScan(database.db, new Date("2026-05-10T17:30:00Z"));
      expect((await kindsFor(patientId)).filter((key) => key.startsWith("NOT_HEARD_FROM"))).toEqual([`NOT_HEARD_FROM:${patientId}:2026-05-04`]);
      await runReminderScan(database.db, new Date("2026-05-11T17:30:00Z"));
      expect((await kindsFor(patientId)).filter((key) => key.startsWith("NOT_HEARD_FROM"))).toHaveLength(2);
    });

    it("respects a pause and email switched off (the in-app notice is still made)", async () => {
      const paused = await makePatient(database.db, { clinicId: clinic.clinicId, careTeam: [], timeZone: "UTC", createdAt: JOINED });
      const noEmail = await makePatient(database.db, { clinicId: clinic.clinicId, careTeam: [], timeZone: "UTC", createdAt: JOINED });
      for (const id of [paused.patientId, noEmail.patientId]) {
        await addCheckIn(database.db, id, "2026-08-01", { peg: true });
        await addCheckIn(database.db, id, "2026-08-03");
      }
      await database.db.reminderSettings.create({ data: { userId: paused.patientId, pausedUntil: new Date("2026-08-10T00:00:00Z") } });
      await database.db.reminderSettings.create({ data: { userId: noEmail.patientId, disabled: ["CHECK_IN_REMINDER:EMAIL"] } });
      const result = await runReminderScan(database.db, new Date("2026-08-04T18:00:00Z"));
      expect(await kindsFor(paused.patientId)).toEqual([]);
      expect(await kindsFor(noEmail.patientId)).toEqual([`CHECK_IN_REMINDER:${noEmail.patientId}:2026-08-04`]);
      const theirs = await database.db.notificationDelivery.count({ where: { id: { in: result.deliveryIds }, notification: { userId: noEmail.patientId } } });
      expect(theirs).toBe(0);
    });

    it("stops the daily reminders at discharge until the patient turns them on again", async () => {
      const { patientId } = await makePatient(database.db, { clinicId: clinic.clinicId, careTeam: [clinic.clinicianId], timeZone: "UTC", createdAt: JOINED });
      await addCheckIn(database.db, patientId, "2026-07-01", { peg: true });
      await database.db.episode.create({ data: { patientId, onsetDate: new Date("2026-05-01T00:00:00Z"), primaryCondition: "LOW_BACK_PAIN", status: "DISCHARGED", closedAt: new Date("2026-07-02T10:00:00Z") } });
      await runReminderScan(database.db, new Date("2026-07-03T18:05:00Z"));
      expect(await kindsFor(patientId)).toEqual([]);
      // The patient saves their Reminders page after the discharge: reminders again.
      await database.db.reminderSettings.create({ data: { userId: patientId } });
      await addCheckIn(database.db, patientId, "2026-07-03");
      await runReminderScan(database.db, new Date("2026-07-04T18:05:00Z"));
      expect(await kindsFor(patientId)).toEqual([`CHECK_IN_REMINDER:${patientId}:2026-07-04`]);
    });

    it("reminds about exercises on a plan day with exercises not yet marked", async () => {
      const { patientId } = await makePatient(database.db, { clinicId: clinic.clinicId, careTeam: [], timeZone: "UTC", createdAt: JOINED });
      await addCheckIn(database.db, patientId, "2026-09-01", { peg: true });
      await addCheckIn(database.db, patientId, "2026-09-02");
      const exercise = await database.db.exercise.create({
        data: { slug: "knee-hugs-test", name: "Knee hugs", bodyArea: "LOWER_BACK", defaultSets: 1, defaultTimesPerDay: 1, defaultDaysPerWeek: 7, contentHash: "test" },
        select: { id: true },
      });
      await database.db.exercisePlan.create({
        data: {
          patientId,
          createdById: clinic.clinicianId,
          title: "Home plan",
          startDate: new Date("2026-09-01T00:00:00Z"),
          versions: { create: { number: 1, effectiveFrom: new Date("2026-09-01T00:00:00Z"), createdById: clinic.clinicianId, items: { create: { exerciseId: exercise.id, position: 0, fromWeek: 1, daysPerWeek: 7, sets: 1, reps: 10, timesPerDay: 1 } } } },
        },
      });
      await runReminderScan(database.db, new Date("2026-09-03T18:00:00Z"));
      expect(await kindsFor(patientId)).toContain(`EXERCISE_REMINDER:${patientId}:2026-09-03`);
    });
  });

  describe("clinician digest", () => {
    it("goes to a clinician whose care-team patient has been silent 7 days, at their digest time, and not to one with nothing to report", async () => {
      const clinic = await makeClinic(database.db, "Digest Clinic");
      const quiet = await makeClinic(database.db, "Quiet Clinic");
      await makePatient(database.db, { clinicId: clinic.clinicId, careTeam: [clinic.clinicianId], timeZone: "Asia/Tokyo", createdAt: new Date("2026-04-01T00:00:00Z") });
      await database.db.reminderSettings.create({ data: { userId: clinic.clinicianId, digestMinute: 8 * 60, timeZone: "America/New_York" } });
      await runReminderScan(database.db, new Date("2026-04-20T11:59:00Z"));
      expect(await kindsFor(clinic.clinicianId)).toEqual([]);
      await runReminderScan(database.db, new Date("2026-04-20T12:00:00Z"));
      expect(await kindsFor(clinic.clinicianId)).toEqual([`CLINICIAN_DIGEST:${clinic.clinicianId}:2026-04-20`]);
      expect(await kindsFor(quiet.clinicianId)).toEqual([]);
    });
  });
});
