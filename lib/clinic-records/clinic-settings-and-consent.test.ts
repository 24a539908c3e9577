import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../prisma/seed";
import { emailedToken, TEST_ORIGIN } from "../../tools/testing/demo-mail";
import { useTestDatabase } from "../../tools/testing/test-database";
import { viewerFor } from "../../tools/testing/viewers";
import { getCheckInStatus } from "../checkins/get-check-in-status";
import { InvalidInputError, NotFoundError } from "../errors/domain-errors";
import { acceptInvitation } from "../invitations/accept-invitation";
import { createPatient } from "../patients/create-patient";
import { getEmergencyNumber } from "../red-flags/get-emergency-number";
import { getCurrentDocuments, publishClinicDocument } from "./clinic-documents";
import { getClinicSettings, updateClinicSettings } from "./clinic-settings";
import { acceptConsent, getConsentStatus } from "./consent";

const SETTINGS = {
  name: "Riverside Spine Clinic",
  timeZone: "America/Chicago",
  acuteWeeks: "6",
  emergencyNumber: "112",
  phone: "+1 555 0100",
  openingHours: "Mon-Fri 8-18",
  replyTimeText: "within 3 working days",
  outOfHoursText: "Call 111 when we are closed.",
  retentionYears: "10",
};

describe("clinic settings", () => {
  const database = useTestDatabase();
  beforeAll(() => seedDemoData(database.db, { password: "backtrack-demo" }));

  it("an admin saves the settings; the red-flag screens read the new numbers on the next request, and the change is audited by field", async () => {
    const admin = await viewerFor(database.db, "admin@riverside.example");
    const maria = await viewerFor(database.db, "maria@riverside.example");
    expect(await getEmergencyNumber(database.db, maria)).toBe("911");
    const saved = await updateClinicSettings(database.db, admin, SETTINGS);
    expect(saved).toMatchObject({ acuteWeeks: 6, retentionYears: 10, replyTimeText: "within 3 working days", timeZone: "America/Chicago" });
    expect(await getEmergencyNumber(database.db, maria)).toBe("112");
    expect((await getCheckInStatus(database.db, maria, maria.userId)).clinic).toEqual({
      emergencyNumber: "112",
      phone: "+1 555 0100",
      openingHours: "Mon-Fri 8-18",
      outOfHoursText: "Call 111 when we are closed.",
    });
    const event = await database.db.auditEvent.findFirstOrThrow({ where: { action: "clinic.settings.update", actorId: admin.userId } });
    expect(Object.keys((event.detail as { changed: Record<string, unknown> }).changed).sort()).toEqual(
      ["acuteWeeks", "emergencyNumber", "outOfHoursText", "phone", "replyTimeText", "retentionYears", "timeZone", "openingHours"].sort(),
    );
    expect(event.patientId).toBeNull();
    // Saving the same values again changes nothing and records nothing.
    await updateClinicSettings(database.db, admin, SETTINGS);
    expect(await database.db.auditEvent.count({ where: { action: "clinic.settings.update" } })).toBe(1);
  });

  it("names every bad field and writes nothing", async () => {
    const admin = await viewerFor(database.db, "admin@riverside.example");
    const before = await getClinicSettings(database.db, admin);
    const error = await updateClinicSettings(database.db, admin, { ...SETTINGS, timeZone: "Mars/Olympus", acuteWeeks: "5", emergencyNumber: "call us", retentionYears: "0", phone: "" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(Object.keys((error as InvalidInputError).fields).sort()).toEqual(["acuteWeeks", "emergencyNumber", "retentionYears", "timeZone"]);
    expect(await getClinicSettings(database.db, admin)).toEqual(before);
  });

  it("only the clinic's admin reads or changes them", async () => {
    const lee = await viewerFor(database.db, "lee@riverside.example");
    const maria = await viewerFor(database.db, "maria@riverside.example");
    await expect(getClinicSettings(database.db, lee)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateClinicSettings(database.db, maria, SETTINGS)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("consent to the privacy notice and terms", () => {
  const database = useTestDatabase();
  beforeAll(() => seedDemoData(database.db, { password: "backtrack-demo" }));

  async function joinAsPatient(email: string, accept: boolean) {
    const lee = await viewerFor(database.db, "lee@riverside.example");
    const { patientId } = await createPatient(database.db, lee, {
      name: "Rosa Diaz",
      email,
      dateOfBirth: "1980-04-04",
      onsetDate: "2026-11-01",
      primaryCondition: "SCIATICA",
      timeZone: "UTC",
    }, { origin: TEST_ORIGIN });
    const documents = await getCurrentDocuments(database.db, lee.clinicId);
    await acceptInvitation(database.db, { token: await emailedToken(database.db, email), password: "harbour lights at night", ...(accept ? { consentVersionIds: documents.map((document) => document.id) } : {}) });
    return { patientId, documents };
  }

  it("a new clinic starts with our default notice and terms as version 1", async () => {
    const harbor = await viewerFor(database.db, "kim@harbor.example");
    const documents = await getCurrentDocuments(database.db, harbor.clinicId);
    expect(documents.map((document) => [document.kind, document.version])).toEqual([
      ["PRIVACY_NOTICE", 1],
      ["TERMS", 1],
    ]);
    expect(documents[0]?.body).toContain("Harbor Physio");
  });

  it("acceptance is recorded when the patient joins, and the clinician sees which version and when", async () => {
    const { patientId, documents } = await joinAsPatient("rosa@example.com", true);
    const patient = await viewerFor(database.db, "rosa@example.com");
    const status = await getConsentStatus(database.db, patient, patientId);
    expect(status.outstanding).toEqual([]);
    expect(status.accepted.map((row) => [row.kind, row.version])).toEqual(documents.map((document) => [document.kind, document.version]));
    const lee = await viewerFor(database.db, "lee@riverside.example");
    expect((await getConsentStatus(database.db, lee, patientId)).accepted).toHaveLength(2);
    const kim = await viewerFor(database.db, "kim@harbor.example");
    await expect(getConsentStatus(database.db, kim, patientId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a new version asks again; until accepted it stays outstanding; only the current version can be accepted", async () => {
    const admin = await viewerFor(database.db, "admin@riverside.example");
    const patient = await viewerFor(database.db, "rosa@example.com");
    const [oldNotice, oldTerms] = await getCurrentDocuments(database.db, admin.clinicId);
    const newNotice = await publishClinicDocument(database.db, admin, { kind: "PRIVACY_NOTICE", title: "Our privacy notice", body: "We now also keep the minutes of activity you enter each day." });
    expect(newNotice.version).toBe(oldNotice!.version + 1);
    const status = await getConsentStatus(database.db, patient, patient.userId);
    expect(status.outstanding.map((document) => document.id)).toEqual([newNotice.id]);

    // Refusing is not answering: nothing is stored and the patient is still asked.
    expect((await getConsentStatus(database.db, patient, patient.userId)).outstanding).toHaveLength(1);

    const stale = await acceptConsent(database.db, patient, patient.userId, { documentVersionIds: [oldNotice!.id] }).catch((caught: unknown) => caught);
    expect(stale).toMatchObject({ status: 409, fields: { documentVersionIds: [expect.stringContaining("newer version")] } });
    await expect(acceptConsent(database.db, patient, patient.userId, { documentVersionIds: [oldTerms!.id] })).rejects.toMatchObject({ status: 400 });

    const accepted = await acceptConsent(database.db, patient, patient.userId, { documentVersionIds: [newNotice.id] });
    expect(accepted.outstanding).toEqual([]);
    // A retried request stores nothing twice.
    await acceptConsent(database.db, patient, patient.userId, { documentVersionIds: [newNotice.id] });
    expect(await database.db.consentAcceptance.count({ where: { patientId: patient.userId } })).toBe(3);
    expect(await database.db.auditEvent.count({ where: { action: "clinic.document.publish", actorId: admin.userId } })).toBe(1);
  });

  it("a patient who joined without accepting is asked at sign-in; nobody accepts for someone else", async () => {
    const { patientId } = await joinAsPatient("leo@example.com", false);
    const patient = await viewerFor(database.db, "leo@example.com");
    expect((await getConsentStatus(database.db, patient, patientId)).outstanding).toHaveLength(2);
    const lee = await viewerFor(database.db, "lee@riverside.example");
    const ids = (await getCurrentDocuments(database.db, lee.clinicId)).map((document) => document.id);
    await expect(acceptConsent(database.db, lee, patientId, { documentVersionIds: ids })).rejects.toBeInstanceOf(NotFoundError);
    const other = await viewerFor(database.db, "maria@riverside.example");
    await expect(acceptConsent(database.db, other, patientId, { documentVersionIds: ids })).rejects.toBeInstanceOf(NotFoundError);
  });
});
