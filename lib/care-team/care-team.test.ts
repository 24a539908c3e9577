import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ZCheckInInput } from "../checkins/check-in-input";
import { saveCheckIn } from "../checkins/save-check-in";
import { todayIn } from "../dates/calendar-date";
import { InvalidInputError, NotFoundError } from "../errors/domain-errors";
import { makeClinic, makePatient } from "../../tools/testing/notification-fixtures";
import { useTestDatabase } from "../../tools/testing/test-database";
import { viewerFor } from "../../tools/testing/viewers";
import { careTeamRecipients, isOnCareTeam, listCareTeam, setCareTeam } from "./care-team";

describe("care team", () => {
  const database = useTestDatabase();

  it("is set by a clinician of the clinic, only to that clinic's clinicians, and read by the patient", async () => {
    const clinic = await makeClinic(database.db);
    const other = await makeClinic(database.db, "Other Clinic");
    const second = await database.db.user.create({ data: { email: `second-${randomUUID()}@example.com`, name: "Dr Second", role: "CLINICIAN", clinicId: clinic.clinicId, passwordHash: "x" } });
    const patient = await makePatient(database.db, { clinicId: clinic.clinicId, careTeam: [clinic.clinicianId], timeZone: "UTC" });
    const clinician = await viewerFor(database.db, clinic.clinicianEmail);

    const team = await setCareTeam(database.db, clinician, patient.patientId, { clinicianIds: [clinic.clinicianId, second.id] });
    expect(team.map((member) => member.clinicianId).sort()).toEqual([clinic.clinicianId, second.id].sort());
    expect(await isOnCareTeam(database.db, patient.patientId, second.id)).toBe(true);

    const refused = setCareTeam(database.db, clinician, patient.patientId, { clinicianIds: [other.clinicianId] });
    await expect(refused).rejects.toBeInstanceOf(InvalidInputError);
    await expect(refused).rejects.toMatchObject({ fields: { clinicianIds: ["Choose clinicians of this clinic."] } });
    await expect(setCareTeam(database.db, clinician, patient.patientId, { clinicianIds: [] })).rejects.toMatchObject({ fields: { clinicianIds: expect.any(Array) } });
    expect(await isOnCareTeam(database.db, patient.patientId, second.id)).toBe(true);

    const outsider = await viewerFor(database.db, other.clinicianEmail);
    await expect(listCareTeam(database.db, outsider, patient.patientId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(setCareTeam(database.db, outsider, patient.patientId, { clinicianIds: [other.clinicianId] })).rejects.toBeInstanceOf(NotFoundError);
    const self = await viewerFor(database.db, patient.email);
    expect((await listCareTeam(database.db, self, patient.patientId)).map((member) => member.name)).toContain("Dr Second");
  });

  it("an emergency flag notifies the care team at once, else every clinician of the clinic; no other clinic", async () => {
    const clinic = await makeClinic(database.db);
    const colleague = await database.db.user.create({ data: { email: `colleague-${randomUUID()}@example.com`, name: "Dr Colleague", role: "CLINICIAN", clinicId: clinic.clinicId, passwordHash: "x" } });
    const elsewhere = await makeClinic(database.db, "Elsewhere");
    const onTeam = await makePatient(database.db, { clinicId: clinic.clinicId, careTeam: [clinic.clinicianId], timeZone: "UTC" });
    const noTeam = await makePatient(database.db, { clinicId: clinic.clinicId, careTeam: [], timeZone: "UTC" });
    expect(await careTeamRecipients(database.db, noTeam.patientId)).toEqual(expect.arrayContaining([clinic.clinicianId, colleague.id]));

    for (const patient of [onTeam, noTeam]) {
      const viewer = await viewerFor(database.db, patient.email);
      await saveCheckIn(database.db, viewer, patient.patientId, ZCheckInInput.parse({ date: todayIn("UTC"), painNow: 6, redFlags: ["SADDLE_NUMBNESS"], requestId: randomUUID() }));
    }
    const notices = await database.db.notification.findMany({ where: { kind: "EMERGENCY_FLAG" }, select: { userId: true, link: true, deliveries: { select: { channel: true, status: true } } } });
    const to = (patientId: string) => notices.filter((notice) => notice.link === `/patients/${patientId}`).map((notice) => notice.userId).sort();
    expect(to(onTeam.patientId)).toEqual([clinic.clinicianId]);
    expect(to(noTeam.patientId)).toEqual([clinic.clinicianId, colleague.id].sort());
    expect(notices.some((notice) => notice.userId === elsewhere.clinicianId)).toBe(false);
    expect(notices.every((notice) => notice.deliveries.some((delivery) => delivery.channel === "EMAIL" && delivery.status === "PENDING"))).toBe(true);
  });
});
