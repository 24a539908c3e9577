import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../prisma/seed";
import { signInWithPassword } from "../auth/sign-in";
import { InvalidInputError, NotFoundError } from "../errors/domain-errors";
import { createPatient, reissuePatientInvitation } from "../patients/create-patient";
import { getPatientRecord } from "../patients/get-patient-record";
import { emailedToken, latestDemoEmail, TEST_ORIGIN } from "../../tools/testing/demo-mail";
import { useTestDatabase } from "../../tools/testing/test-database";
import { viewerFor } from "../../tools/testing/viewers";
import { acceptInvitation } from "./accept-invitation";
import { findInvitation, markInvitationOpened } from "./find-invitation";
import { getPatientInvitationStatus } from "./get-invitation-status";
import { invitationSentJson } from "./issue-and-email-invitation";

const newPatient = {
  name: "Rosa Diaz",
  email: "rosa@example.com",
  dateOfBirth: "1980-04-04",
  onsetDate: "2026-11-01",
  primaryCondition: "SCIATICA" as const,
  timeZone: "America/Chicago",
};
const options = { origin: TEST_ORIGIN };

describe("patient invitations", () => {
  const database = useTestDatabase();
  beforeAll(() => seedDemoData(database.db, { password: "backtrack-demo" }));

  it("a clinician adds a patient, whose single-use link goes only to their email; the clinician sees the status", async () => {
    const lee = await viewerFor(database.db, "lee@riverside.example");
    const { patientId, invitation } = await createPatient(database.db, lee, newPatient, options);
    const answer = invitationSentJson(invitation);
    expect(answer).toEqual({ status: "sent", email: "rosa@example.com", expiresAt: invitation.expiresAt.toISOString() });
    expect(JSON.stringify(answer)).not.toContain("/invite/");

    const user = await database.db.user.findUniqueOrThrow({ where: { id: patientId }, include: { patient: { include: { episodes: true } } } });
    expect(user).toMatchObject({ role: "PATIENT", clinicId: lee.clinicId, passwordHash: null });
    expect(user.patient?.episodes[0]).toMatchObject({ primaryCondition: "SCIATICA", status: "ACTIVE" });

    const email = await latestDemoEmail(database.db, "rosa@example.com");
    expect(email.subject).toBe("Riverside Spine Clinic invited you to BackTrack");
    expect(email.text).not.toMatch(/sciatica/i); // no health information in mail
    const token = await emailedToken(database.db, "rosa@example.com");
    expect(await database.db.invitation.count({ where: { tokenHash: token } })).toBe(0); // only the hash is stored
    const hours = (invitation.expiresAt.getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(71.9);
    expect(await getPatientInvitationStatus(database.db, lee, patientId)).toBe("sent");

    expect(await findInvitation(database.db, token)).toMatchObject({ status: "valid", email: "rosa@example.com" });
    await markInvitationOpened(database.db, token);
    expect(await getPatientInvitationStatus(database.db, lee, patientId)).toBe("opened");

    await expect(acceptInvitation(database.db, { token, password: "password1234" })).rejects.toMatchObject({ fields: { password: [expect.stringMatching(/common/)] } });
    expect(await findInvitation(database.db, token)).toMatchObject({ status: "valid" }); // a refused password uses nothing up

    expect(await acceptInvitation(database.db, { token, password: "a quiet walk by the lake" })).toEqual({ email: "rosa@example.com" });
    expect((await signInWithPassword(database.db, { email: "rosa@example.com", password: "a quiet walk by the lake", ip: "198.51.100.5" })).ok).toBe(true);
    expect(await getPatientInvitationStatus(database.db, lee, patientId)).toBe("accepted");

    expect(await findInvitation(database.db, token)).toEqual({ status: "used" });
    await expect(acceptInvitation(database.db, { token, password: "another walk by the lake" })).rejects.toMatchObject({ status: 409 });
    await expect(reissuePatientInvitation(database.db, lee, patientId, options)).rejects.toBeInstanceOf(InvalidInputError);
    // Another clinic's clinician cannot read the status.
    await expect(getPatientInvitationStatus(database.db, await viewerFor(database.db, "kim@harbor.example"), patientId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("an expired link and a tampered link are reported as such, and the clinician sees expired", async () => {
    const lee = await viewerFor(database.db, "lee@riverside.example");
    const { patientId } = await createPatient(database.db, lee, { ...newPatient, email: "late@example.com" }, options);
    const token = await emailedToken(database.db, "late@example.com");
    const later = new Date(Date.now() + 73 * 3_600_000);
    expect(await findInvitation(database.db, token, later)).toEqual({ status: "expired" });
    expect(await getPatientInvitationStatus(database.db, lee, patientId, later)).toBe("expired");
    expect(await findInvitation(database.db, `${token.slice(0, -2)}xx`)).toEqual({ status: "invalid" });
    expect(await findInvitation(database.db, "../../etc/passwd")).toEqual({ status: "invalid" });
  });

  it("resending emails a new link and the old one stops working (a clinician can no longer take over an unused link)", async () => {
    const lee = await viewerFor(database.db, "lee@riverside.example");
    const { patientId } = await createPatient(database.db, lee, { ...newPatient, email: "twice@example.com" }, options);
    const first = await emailedToken(database.db, "twice@example.com");
    const resent = await reissuePatientInvitation(database.db, lee, patientId, options);
    expect(invitationSentJson(resent)).toMatchObject({ status: "sent", email: "twice@example.com" });
    const second = await emailedToken(database.db, "twice@example.com");
    expect((await findInvitation(database.db, first)).status).toBe("expired");
    expect((await findInvitation(database.db, second)).status).toBe("valid");
    // Only a clinician of the patient's own clinic can do it.
    await expect(reissuePatientInvitation(database.db, await viewerFor(database.db, "kim@harbor.example"), patientId, options)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses, with a field message, an email a patient of the same clinic already uses, and writes nothing", async () => {
    const lee = await viewerFor(database.db, "lee@riverside.example");
    const users = await database.db.user.count();
    await expect(createPatient(database.db, lee, { ...newPatient, email: "maria@riverside.example" }, options)).rejects.toMatchObject({ status: 409, fields: { email: [expect.any(String)] } });
    expect(await database.db.user.count()).toBe(users);
  });

  it("only clinicians add patients", async () => {
    for (const email of ["admin@riverside.example", "maria@riverside.example"]) {
      await expect(createPatient(database.db, await viewerFor(database.db, email), { ...newPatient, email: "x@example.com" }, options)).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});

describe("no account oracle across clinics", () => {
  const database = useTestDatabase();
  beforeAll(() => seedDemoData(database.db, { password: "backtrack-demo" }));

  it("adding someone who is another clinic's patient looks exactly like adding a new person; the owner is told by email", async () => {
    const lee = await viewerFor(database.db, "lee@riverside.example");
    const noahBefore = await database.db.user.findUniqueOrThrow({ where: { email: "noah@harbor.example" } });
    const fresh = await createPatient(database.db, lee, { ...newPatient, email: "brand.new@example.com" }, options);
    const taken = await createPatient(database.db, lee, { ...newPatient, name: "Noah", email: "noah@harbor.example" }, options);

    const shape = (answer: ReturnType<typeof invitationSentJson>) => ({ ...answer, email: "*", expiresAt: typeof answer.expiresAt });
    expect(shape(invitationSentJson(taken.invitation))).toEqual(shape(invitationSentJson(fresh.invitation)));
    expect(invitationSentJson(taken.invitation).email).toBe("noah@harbor.example");
    // The record, the status and the resend behave the same too.
    expect(await getPatientRecord(database.db, lee, taken.patientId)).toMatchObject({ email: "noah@harbor.example", hasSignedUp: false });
    expect(await getPatientInvitationStatus(database.db, lee, taken.patientId)).toBe("sent");
    expect((await reissuePatientInvitation(database.db, lee, taken.patientId, options)).status).toBe("sent");

    const told = await latestDemoEmail(database.db, "noah@harbor.example");
    expect(told.subject).toBe("Riverside Spine Clinic tried to add you to BackTrack");
    expect(told.text).toContain("already has a BackTrack account");
    expect(told.text).not.toContain("/invite/");
    // Noah's account is untouched and still Harbor's.
    expect(await database.db.user.findUniqueOrThrow({ where: { email: "noah@harbor.example" } })).toEqual(noahBefore);
    // Adding the same address twice in Riverside is now refused, as for anyone the clinician can see.
    await expect(createPatient(database.db, lee, { ...newPatient, email: "noah@harbor.example" }, options)).rejects.toMatchObject({ status: 409 });
  });

  it("takes roughly the same time for a new address and an existing one", async () => {
    const lee = await viewerFor(database.db, "lee@riverside.example");
    const time = async (email: string) => {
      const started = performance.now();
      await createPatient(database.db, lee, { ...newPatient, email }, options);
      return performance.now() - started;
    };
    const fresh: number[] = [];
    const taken: number[] = [];
    for (const [index, existing] of ["kim@harbor.example", "admin@riverside.example", "lee@riverside.example"].entries()) {
      fresh.push(await time(`timing-${index}@example.com`));
      taken.push(await time(existing));
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[1]!;
    // Both paths write the same rows and send one email: no order-of-magnitude gap (a loose bound, not a benchmark).
    expect(median(taken)).toBeLessThan(median(fresh) * 3 + 50);
    expect(median(fresh)).toBeLessThan(median(taken) * 3 + 50);
  });
});
