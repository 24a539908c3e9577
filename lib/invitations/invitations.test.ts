import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../prisma/seed";
import { signInWithPassword } from "../auth/sign-in";
import { InvalidInputError, NotFoundError } from "../errors/domain-errors";
import { createPatient, reissuePatientInvitation } from "../patients/create-patient";
import { useTestDatabase } from "../../tools/testing/test-database";
import { viewerFor } from "../../tools/testing/viewers";
import { acceptInvitation } from "./accept-invitation";
import { findInvitation } from "./find-invitation";

const newPatient = {
  name: "Rosa Diaz",
  email: "rosa@example.com",
  dateOfBirth: "1980-04-04",
  onsetDate: "2026-11-01",
  primaryCondition: "SCIATICA" as const,
  timeZone: "America/Chicago",
};

describe("patient invitations", () => {
  const database = useTestDatabase();
  beforeAll(() => seedDemoData(database.db, { password: "backtrack-demo" }));

  it("a clinician adds a patient with an episode and a single-use link that the patient uses to set a password", async () => {
    const lee = await viewerFor(database.db, "lee@riverside.example");
    const { patientId, invitation } = await createPatient(database.db, lee, newPatient);
    const user = await database.db.user.findUniqueOrThrow({ where: { id: patientId }, include: { patient: { include: { episodes: true } } } });
    expect(user).toMatchObject({ role: "PATIENT", clinicId: lee.clinicId, passwordHash: null });
    expect(user.patient?.episodes[0]).toMatchObject({ primaryCondition: "SCIATICA", status: "ACTIVE" });
    expect(await database.db.invitation.count({ where: { tokenHash: invitation.token } })).toBe(0); // only the hash is stored

    const hours = (invitation.expiresAt.getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(71.9);
    expect(await findInvitation(database.db, invitation.token)).toMatchObject({ status: "valid", email: "rosa@example.com" });

    await expect(acceptInvitation(database.db, { token: invitation.token, password: "password1234" })).rejects.toMatchObject({ fields: { password: [expect.stringMatching(/common/)] } });
    expect(await findInvitation(database.db, invitation.token)).toMatchObject({ status: "valid" }); // a refused password uses nothing up

    expect(await acceptInvitation(database.db, { token: invitation.token, password: "a quiet walk by the lake" })).toEqual({ email: "rosa@example.com" });
    expect((await signInWithPassword(database.db, { email: "rosa@example.com", password: "a quiet walk by the lake", ip: "198.51.100.5" })).ok).toBe(true);

    expect(await findInvitation(database.db, invitation.token)).toEqual({ status: "used" });
    await expect(acceptInvitation(database.db, { token: invitation.token, password: "another walk by the lake" })).rejects.toMatchObject({ status: 409 });
    await expect(reissuePatientInvitation(database.db, lee, patientId)).rejects.toBeInstanceOf(InvalidInputError);
  });

  it("an expired link and a tampered link are reported as such", async () => {
    const lee = await viewerFor(database.db, "lee@riverside.example");
    const { invitation } = await createPatient(database.db, lee, { ...newPatient, email: "late@example.com" });
    expect(await findInvitation(database.db, invitation.token, new Date(Date.now() + 73 * 3_600_000))).toEqual({ status: "expired" });
    expect(await findInvitation(database.db, `${invitation.token.slice(0, -2)}xx`)).toEqual({ status: "invalid" });
    expect(await findInvitation(database.db, "../../etc/passwd")).toEqual({ status: "invalid" });
  });

  it("a new link replaces the old one", async () => {
    const lee = await viewerFor(database.db, "lee@riverside.example");
    const { patientId, invitation: first } = await createPatient(database.db, lee, { ...newPatient, email: "twice@example.com" });
    const second = await reissuePatientInvitation(database.db, lee, patientId);
    expect((await findInvitation(database.db, first.token)).status).toBe("expired");
    expect((await findInvitation(database.db, second.token)).status).toBe("valid");
    // Only a clinician of the patient's own clinic can do it.
    await expect(reissuePatientInvitation(database.db, await viewerFor(database.db, "kim@harbor.example"), patientId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses a duplicate email with a field message and writes nothing", async () => {
    const lee = await viewerFor(database.db, "lee@riverside.example");
    const users = await database.db.user.count();
    await expect(createPatient(database.db, lee, { ...newPatient, email: "maria@riverside.example" })).rejects.toMatchObject({ status: 409, fields: { email: [expect.any(String)] } });
    expect(await database.db.user.count()).toBe(users);
  });

  it("only clinicians add patients", async () => {
    for (const email of ["admin@riverside.example", "maria@riverside.example"]) {
      await expect(createPatient(database.db, await viewerFor(database.db, email), { ...newPatient, email: "x@example.com" })).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});
