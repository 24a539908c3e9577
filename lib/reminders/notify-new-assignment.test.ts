import { describe, expect, it } from "vitest";
import { assignGuides } from "../assignments/guide-assignments";
import { makeClinic, makePatient } from "../../tools/testing/notification-fixtures";
import { useTestDatabase } from "../../tools/testing/test-database";
import { viewerFor } from "../../tools/testing/viewers";

describe("new guide assigned", () => {
  const database = useTestDatabase();

  it("tells the patient once (in-app and email), and a retried request that assigns nothing new tells them nothing", async () => {
    const clinic = await makeClinic(database.db);
    const patient = await makePatient(database.db, { clinicId: clinic.clinicId, careTeam: [clinic.clinicianId], timeZone: "UTC" });
    await database.db.guide.create({ data: { slug: "test-guide", title: "A guide", summary: "About backs.", contentHash: "x" } });
    const clinician = await viewerFor(database.db, clinic.clinicianEmail);
    await assignGuides(database.db, clinician, patient.patientId, { guides: ["test-guide"], note: "" });
    await assignGuides(database.db, clinician, patient.patientId, { guides: ["test-guide"], note: "" });
    const notices = await database.db.notification.findMany({ where: { userId: patient.patientId }, select: { kind: true, link: true, deliveries: { select: { channel: true } } } });
    expect(notices).toEqual([{ kind: "NEW_ASSIGNMENT", link: "/dashboard", deliveries: [{ channel: "EMAIL" }] }]);
  });
});
