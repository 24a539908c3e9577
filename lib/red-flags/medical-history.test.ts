import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../prisma/seed";
import { NotFoundError } from "../errors/domain-errors";
import { acceptInvitation } from "../invitations/accept-invitation";
import { createPatient } from "../patients/create-patient";
import { refusal } from "../../tools/testing/refusal";
import { useTestDatabase } from "../../tools/testing/test-database";
import { viewerFor } from "../../tools/testing/viewers";
import { getMedicalHistory } from "./get-medical-history";
import { ZMedicalHistoryInput } from "./medical-history";
import { saveMedicalHistory } from "./save-medical-history";
import { emailedToken, TEST_ORIGIN } from "../../tools/testing/demo-mail";

const NOW = new Date("2026-09-01T12:00:00.000Z");

describe("the medical history, asked once", () => {
  const database = useTestDatabase();
  const ids: Record<"maria" | "james" | "noah", string> = { maria: "", james: "", noah: "" };
  beforeAll(async () => {
    await seedDemoData(database.db, { password: "backtrack-demo" });
    for (const [name, email] of [["maria", "maria@riverside.example"], ["james", "james@riverside.example"], ["noah", "noah@harbor.example"]] as const) {
      ids[name] = (await database.db.user.findUniqueOrThrow({ where: { email } })).id;
    }
  });
  const as = (email: string) => viewerFor(database.db, email);
  const audited = (action: string) => database.db.auditEvent.findMany({ where: { patientId: ids.maria, action }, select: { actorRole: true } });

  it("every demo patient has answered it; Noah's says past cancer", async () => {
    const profiles = await database.db.patientProfile.findMany({ select: { historyAnsweredAt: true } });
    expect(profiles.every((profile) => profile.historyAnsweredAt !== null)).toBe(true);
    expect((await getMedicalHistory(database.db, await as("noah@harbor.example"), ids.noah)).medicalHistory).toEqual(["PAST_CANCER"]);
  });

  it("the patient answers and changes it, not audited; none of these is an answer", async () => {
    const maria = await as("maria@riverside.example");
    const saved = await saveMedicalHistory(database.db, maria, ids.maria, { medicalHistory: ["LONG_TERM_STEROIDS", "PAST_CANCER", "PAST_CANCER"], none: false }, NOW);
    expect(saved).toEqual({ medicalHistory: ["PAST_CANCER", "LONG_TERM_STEROIDS"], answeredAt: NOW.toISOString() });
    expect(await saveMedicalHistory(database.db, maria, ids.maria, { medicalHistory: [], none: true }, NOW)).toEqual({ medicalHistory: [], answeredAt: NOW.toISOString() });
    expect(await getMedicalHistory(database.db, maria, ids.maria)).toEqual({ medicalHistory: [], answeredAt: NOW.toISOString() });
    expect(await audited("patient.history.update")).toEqual([]);
  });

  it("refuses a made-up code, an empty answer, and none together with a code, naming the field", async () => {
    const maria = await as("maria@riverside.example");
    for (const input of [{ medicalHistory: ["DIABETES"] }, { medicalHistory: [] }, { medicalHistory: ["OSTEOPOROSIS"], none: true }, { medicalHistory: "PAST_CANCER" }]) {
      const refused = await refusal(saveMedicalHistory(database.db, maria, ids.maria, input as never, NOW));
      expect([refused.status, Object.keys(refused.fields)], JSON.stringify(input)).toEqual([400, ["medicalHistory"]]);
    }
    expect(ZMedicalHistoryInput.safeParse({ none: true }).success).toBe(true);
  });

  it("a clinician of the clinic reads and corrects it, audited; another patient, another clinic and an admin get not found", async () => {
    const lee = await as("lee@riverside.example");
    await saveMedicalHistory(database.db, lee, ids.maria, { medicalHistory: ["OSTEOPOROSIS"], none: false }, NOW);
    expect((await getMedicalHistory(database.db, lee, ids.maria)).medicalHistory).toEqual(["OSTEOPOROSIS"]);
    expect(await audited("patient.history.update")).toEqual([{ actorRole: "CLINICIAN" }]);
    expect(await audited("patient.history.view")).toEqual([{ actorRole: "CLINICIAN" }]);

    for (const email of ["james@riverside.example", "kim@harbor.example", "admin@riverside.example"]) {
      const viewer = await as(email);
      await expect(getMedicalHistory(database.db, viewer, ids.maria), email).rejects.toBeInstanceOf(NotFoundError);
      await expect(saveMedicalHistory(database.db, viewer, ids.maria, { medicalHistory: [], none: true }, NOW), email).rejects.toBeInstanceOf(NotFoundError);
    }
    expect((await getMedicalHistory(database.db, lee, ids.maria)).medicalHistory).toEqual(["OSTEOPOROSIS"]);
  });

  it("is asked on the invitation form: a patient who answers there is not asked again; one who does not is asked at first sign-in", async () => {
    const lee = await as("lee@riverside.example");
    const patient = { dateOfBirth: "1970-01-01", onsetDate: "2026-08-20", primaryCondition: "SCIATICA" as const, timeZone: "America/New_York" };
    const answered = await createPatient(database.db, lee, { ...patient, name: "Ada Answer", email: "ada@example.com" }, { origin: TEST_ORIGIN });
    await acceptInvitation(database.db, { token: await emailedToken(database.db, "ada@example.com"), password: "a long walk by the river", history: ZMedicalHistoryInput.parse({ medicalHistory: ["PAST_CANCER"] }) }, NOW);
    const ada = await database.db.patientProfile.findUniqueOrThrow({ where: { userId: answered.patientId } });
    expect([ada.medicalHistory, ada.historyAnsweredAt]).toEqual([["PAST_CANCER"], NOW]);

    const later = await createPatient(database.db, lee, { ...patient, name: "Bo Later", email: "bo@example.com" }, { origin: TEST_ORIGIN });
    await acceptInvitation(database.db, { token: await emailedToken(database.db, "bo@example.com"), password: "a long walk by the river" }, NOW);
    expect((await database.db.patientProfile.findUniqueOrThrow({ where: { userId: later.patientId } })).historyAnsweredAt).toBeNull();
  });
});
