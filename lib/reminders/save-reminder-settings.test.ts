import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors/domain-errors";
import { makeClinic, makePatient } from "../../tools/testing/notification-fixtures";
import { useTestDatabase } from "../../tools/testing/test-database";
import { viewerFor } from "../../tools/testing/viewers";
import { getReminderSettings, saveReminderSettings } from "./save-reminder-settings";

const VALID = { reminderTime: "07:30", days: [1, 2, 3, 4, 5], quietStart: "22:00", quietEnd: "07:00", pauseDays: null, digestTime: "08:00", timeZone: "UTC", off: ["EXERCISE_REMINDER:EMAIL"] };

describe("reminder settings", () => {
  const database = useTestDatabase();

  it("defaults for a new patient: 18:00 every day, email on, not paused", async () => {
    const clinic = await makeClinic(database.db);
    const patient = await makePatient(database.db, { clinicId: clinic.clinicId, careTeam: [], timeZone: "UTC" });
    const settings = await getReminderSettings(database.db, await viewerFor(database.db, patient.email));
    expect(settings).toMatchObject({ reminderTime: "18:00", days: [1, 2, 3, 4, 5, 6, 7], quietStart: "", quietEnd: "", pausedUntil: null, off: [] });
  });

  it("saves a patient's own settings, pauses for N days and keeps the pause when not asked to change it", async () => {
    const clinic = await makeClinic(database.db);
    const patient = await makePatient(database.db, { clinicId: clinic.clinicId, careTeam: [], timeZone: "UTC" });
    const viewer = await viewerFor(database.db, patient.email);
    const now = new Date();
    const saved = await saveReminderSettings(database.db, viewer, { ...VALID, pauseDays: 3 }, now);
    expect(saved).toMatchObject({ reminderTime: "07:30", days: [1, 2, 3, 4, 5], quietStart: "22:00", quietEnd: "07:00", off: ["EXERCISE_REMINDER:EMAIL"] });
    expect(saved.pausedUntil).toBe(new Date(now.getTime() + 3 * 86_400_000).toISOString());
    expect((await saveReminderSettings(database.db, viewer, VALID)).pausedUntil).toBe(saved.pausedUntil);
    expect((await saveReminderSettings(database.db, viewer, { ...VALID, pauseDays: 0 })).pausedUntil).toBeNull();
  });

  it("refuses bad input naming the field, and switches that are not the role's", async () => {
    const clinic = await makeClinic(database.db);
    const patient = await makePatient(database.db, { clinicId: clinic.clinicId, careTeam: [], timeZone: "UTC" });
    const viewer = await viewerFor(database.db, patient.email);
    const refusal = (input: Partial<typeof VALID>) => saveReminderSettings(database.db, viewer, { ...VALID, ...input });
    await expect(refusal({ reminderTime: "25:00" })).rejects.toMatchObject({ fields: { reminderTime: [expect.stringContaining("HH:MM")] } });
    await expect(refusal({ days: [] })).rejects.toMatchObject({ fields: { days: ["Choose at least one day."] } });
    await expect(refusal({ quietEnd: "" })).rejects.toMatchObject({ fields: { quietEnd: ["Enter both ends of quiet hours, or neither."] } });
    await expect(refusal({ off: ["CLINICIAN_DIGEST:EMAIL"] })).rejects.toMatchObject({ fields: { off: ["Unknown reminder switch."] } });
    await expect(refusal({ timeZone: "Mars/Olympus" })).rejects.toBeInstanceOf(InvalidInputError);
    expect(await database.db.reminderSettings.count({ where: { userId: patient.patientId } })).toBe(0);
  });
});
