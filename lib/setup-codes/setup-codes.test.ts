import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../prisma/seed";
import { listPatientAccess } from "../audit/list-patient-access";
import { signInWithPassword } from "../auth/sign-in";
import { NotFoundError, TryLaterError } from "../errors/domain-errors";
import { findInvitation } from "../invitations/find-invitation";
import { createPatient } from "../patients/create-patient";
import { emailedToken, latestDemoEmail, TEST_ORIGIN } from "../../tools/testing/demo-mail";
import { useTestDatabase } from "../../tools/testing/test-database";
import { viewerFor } from "../../tools/testing/viewers";
import { issueSetupCode } from "./issue-setup-code";
import { redeemSetupCode } from "./redeem-setup-code";

const patient = { dateOfBirth: "1970-01-01", onsetDate: "2026-11-01", primaryCondition: "LOW_BACK_PAIN" as const, timeZone: "UTC" };
const from = (ip: string) => ({ ip, userAgent: "vitest" });

describe("set-up code sheet", () => {
  const database = useTestDatabase();
  beforeAll(() => seedDemoData(database.db, { password: "backtrack-demo" }));

  it("a clinician prints a code; the patient sets a password with it once; both are audited and the patient is told by email", async () => {
    const lee = await viewerFor(database.db, "lee@riverside.example");
    const { patientId } = await createPatient(database.db, lee, { ...patient, name: "Cole Code", email: "cole@example.com" }, { origin: TEST_ORIGIN });
    const link = await emailedToken(database.db, "cole@example.com");
    const sheet = await issueSetupCode(database.db, lee, patientId);
    expect(sheet.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(sheet.signInEmail).toBe("cole@example.com");
    expect(await database.db.setupCode.count({ where: { codeHash: sheet.code } })).toBe(0); // only the hash is stored
    expect((await findInvitation(database.db, link)).status).toBe("expired"); // one way in at a time

    // Typed loosely (lower case, spaces), with the wrong email first: refused the same way as a wrong code.
    await expect(redeemSetupCode(database.db, { email: "maria@riverside.example", code: sheet.code, password: "a long walk to the shop" }, from("198.51.100.60"))).rejects.toMatchObject({ status: 409 });
    const typed = sheet.code.toLowerCase().replace(/-/g, " ");
    expect(await redeemSetupCode(database.db, { email: "cole@example.com", code: typed, password: "a long walk to the shop" }, from("198.51.100.60"))).toEqual({ email: "cole@example.com" });
    expect((await signInWithPassword(database.db, { email: "cole@example.com", password: "a long walk to the shop", ip: "198.51.100.60" })).ok).toBe(true);
    await expect(redeemSetupCode(database.db, { email: "cole@example.com", code: sheet.code, password: "another long walk home" }, from("198.51.100.60"))).rejects.toMatchObject({ status: 409 });

    expect((await latestDemoEmail(database.db, "cole@example.com")).subject).toBe("Your BackTrack account is set up");
    const cole = await viewerFor(database.db, "cole@example.com");
    const actions = (await listPatientAccess(database.db, cole, patientId)).map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(["patient.setup-code.issue", "auth.setup-code.use"]));
    // Signed up: no more codes.
    await expect(issueSetupCode(database.db, lee, patientId)).rejects.toMatchObject({ status: 409 });
  });

  it("a code expires after 24 hours, a newer one replaces it, and only the patient's own clinicians issue one", async () => {
    const lee = await viewerFor(database.db, "lee@riverside.example");
    const { patientId } = await createPatient(database.db, lee, { ...patient, name: "Dee Day", email: "dee@example.com" }, { origin: TEST_ORIGIN });
    const first = await issueSetupCode(database.db, lee, patientId);
    const second = await issueSetupCode(database.db, lee, patientId);
    await expect(redeemSetupCode(database.db, { email: "dee@example.com", code: first.code, password: "the first of many walks" }, from("198.51.100.61"))).rejects.toMatchObject({ status: 409 });
    const later = new Date(Date.now() + 25 * 3_600_000);
    await expect(redeemSetupCode(database.db, { email: "dee@example.com", code: second.code, password: "the first of many walks" }, from("198.51.100.61"), later)).rejects.toMatchObject({ status: 409 });
    await expect(issueSetupCode(database.db, await viewerFor(database.db, "kim@harbor.example"), patientId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(issueSetupCode(database.db, await viewerFor(database.db, "admin@riverside.example"), patientId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("wrong codes are throttled per email before any code is checked", async () => {
    const lee = await viewerFor(database.db, "lee@riverside.example");
    const { patientId } = await createPatient(database.db, lee, { ...patient, name: "Gus Guess", email: "gus@example.com" }, { origin: TEST_ORIGIN });
    const sheet = await issueSetupCode(database.db, lee, patientId);
    for (let attempt = 0; attempt < 5; attempt++) {
      await expect(redeemSetupCode(database.db, { email: "gus@example.com", code: "AAAA-AAAA-AAAA", password: "a guess in the dark" }, from(`198.51.100.${70 + attempt}`))).rejects.toMatchObject({ status: 409 });
    }
    await expect(redeemSetupCode(database.db, { email: "gus@example.com", code: sheet.code, password: "a guess in the dark" }, from("198.51.100.80"))).rejects.toBeInstanceOf(TryLaterError);
  });
});
