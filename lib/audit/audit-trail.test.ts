import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../prisma/seed";
import { useTestDatabase } from "../../tools/testing/test-database";
import { viewerFor } from "../../tools/testing/viewers";
import { requirePatientAccess } from "../auth/access";
import { revokeSession } from "../auth/sessions";
import { signInWithPassword } from "../auth/sign-in";
import { listCheckIns } from "../checkins/list-check-ins";
import { listEpisodes } from "../episodes/list-episodes";
import { NotFoundError } from "../errors/domain-errors";
import { createPatient } from "../patients/create-patient";
import { getPatientRecord } from "../patients/get-patient-record";
import { changePassword } from "../auth/change-password";
import { acceptInvitation } from "../invitations/accept-invitation";
import { inviteClinician, setStaffActive } from "../staff/staff";
import { describeAction, listPatientAccess } from "./list-patient-access";
import { recordPatientPageVisit } from "./record-page-visit";
import { emailedToken, TEST_ORIGIN } from "../../tools/testing/demo-mail";

const PASSWORD = "backtrack-demo";
const noSleep = { sleep: async () => {} };

describe("the audit trail", () => {
  const database = useTestDatabase();
  let mariaId: string;
  beforeAll(async () => {
    await seedDemoData(database.db, { password: PASSWORD });
    mariaId = (await database.db.user.findUniqueOrThrow({ where: { email: "maria@riverside.example" } })).id;
  });
  const count = () => database.db.auditEvent.count();

  it("records one event for a visit of the patient page, naming its sections, and none for the reads the page makes", async () => {
    const lee = await viewerFor(database.db, "lee@riverside.example");
    const before = await count();
    const pageViewer = await recordPatientPageVisit(database.db, lee, mariaId, ["profile", "check-ins"]);
    expect(pageViewer).not.toBeNull();
    await getPatientRecord(database.db, pageViewer!, mariaId);
    await listEpisodes(database.db, pageViewer!, mariaId);
    await listCheckIns(database.db, pageViewer!, mariaId, { limit: 28 });
    expect(await count()).toBe(before + 1);
    const [event] = await database.db.auditEvent.findMany({ orderBy: { at: "desc" }, take: 1 });
    expect(event).toMatchObject({ action: "patient.view", patientId: mariaId, actorId: lee.userId, detail: { sections: ["profile", "check-ins"] } });
  });

  it("still records each API read, and every change, even with a page's viewer", async () => {
    const lee = await viewerFor(database.db, "lee@riverside.example");
    const before = await count();
    await listEpisodes(database.db, lee, mariaId);
    await listCheckIns(database.db, lee, mariaId, { limit: 28 });
    expect(await count()).toBe(before + 2);
    await requirePatientAccess(database.db, { ...lee, visitRecordedFor: mariaId }, mariaId, "patient.notes.add");
    expect(await count()).toBe(before + 3);
  });

  it("records a refused request for an existing patient, for that patient only, and answers not found", async () => {
    const kim = await viewerFor(database.db, "kim@harbor.example");
    const before = await count();
    expect(await recordPatientPageVisit(database.db, kim, mariaId, ["profile"])).toBeNull();
    await expect(listEpisodes(database.db, kim, mariaId)).rejects.toBeInstanceOf(NotFoundError);
    expect(await database.db.auditEvent.count({ where: { action: "patient.access.refused", patientId: mariaId, actorId: kim.userId } })).toBe(2);
    await expect(listEpisodes(database.db, kim, "no-such-patient")).rejects.toBeInstanceOf(NotFoundError);
    expect(await count()).toBe(before + 2);
  });

  it("records sign-in success and failure without the typed email, and sign-out", async () => {
    const lee = await database.db.user.findUniqueOrThrow({ where: { email: "lee@riverside.example" } });
    const ok = await signInWithPassword(database.db, { email: "lee@riverside.example", password: PASSWORD, ip: "198.51.100.9", userAgent: "Test" }, noSleep);
    expect(ok.ok).toBe(true);
    await signInWithPassword(database.db, { email: "lee@riverside.example", password: "wrong password", ip: "198.51.100.9" }, noSleep);
    await signInWithPassword(database.db, { email: "stranger@elsewhere.example", password: "wrong password", ip: "198.51.100.9" }, noSleep);
    const events = await database.db.auditEvent.findMany({ where: { action: { startsWith: "auth.sign-in" } }, orderBy: { at: "asc" } });
    expect(events.map(({ action, actorId, subjectUserId, ip }) => ({ action, actorId, subjectUserId, ip }))).toEqual([
      { action: "auth.sign-in", actorId: lee.id, subjectUserId: lee.id, ip: "198.51.100.9" },
      { action: "auth.sign-in.fail", actorId: null, subjectUserId: lee.id, ip: "198.51.100.9" },
      { action: "auth.sign-in.fail", actorId: null, subjectUserId: null, ip: "198.51.100.9" },
    ]);
    expect(JSON.stringify(events)).not.toContain("stranger");
    if (!ok.ok) throw new Error("sign-in failed");
    await revokeSession(database.db, ok.sessionId, { audit: true });
    await revokeSession(database.db, ok.sessionId, { audit: true });
    expect(await database.db.auditEvent.count({ where: { action: "auth.sign-out", subjectUserId: lee.id } })).toBe(1);
  });

  it("names the staff member an admin deactivates or reactivates", async () => {
    const admin = await viewerFor(database.db, "admin@riverside.example");
    const lee = await database.db.user.findUniqueOrThrow({ where: { email: "lee@riverside.example" } });
    await setStaffActive(database.db, admin, lee.id, false);
    await setStaffActive(database.db, admin, lee.id, true);
    const events = await database.db.auditEvent.findMany({ where: { actorId: admin.userId, action: { startsWith: "staff." } }, orderBy: { at: "asc" } });
    expect(events.map(({ action, subjectUserId }) => ({ action, subjectUserId }))).toEqual([
      { action: "staff.deactivate", subjectUserId: lee.id },
      { action: "staff.reactivate", subjectUserId: lee.id },
    ]);
  });

  it("records a staff invitation with the person invited, its acceptance from the invitee's address, and a password change", async () => {
    const admin = await viewerFor(database.db, "admin@riverside.example");
    const { userId } = await inviteClinician(database.db, admin, { name: "Dr. Sam Okafor", email: "okafor@riverside.example" }, { origin: TEST_ORIGIN });
    await acceptInvitation(database.db, { token: await emailedToken(database.db, "okafor@riverside.example"), password: "a long new passphrase 42" }, new Date(), { ip: "198.51.100.20", userAgent: "Test" });
    const sam = await viewerFor(database.db, "okafor@riverside.example");
    await changePassword(database.db, sam, { currentPassword: "a long new passphrase 42", newPassword: "another long passphrase 7" });
    const events = await database.db.auditEvent.findMany({ where: { subjectUserId: userId }, orderBy: { at: "asc" } });
    expect(events.map(({ action, actorId, ip }) => ({ action, actorId, ip }))).toEqual([
      { action: "staff.invite", actorId: admin.userId, ip: admin.ip },
      { action: "auth.invitation.accept", actorId: userId, ip: "198.51.100.20" },
      { action: "auth.password.change", actorId: userId, ip: sam.ip },
    ]);
  });

  it("records a new patient's record and first invitation link, and the patient accepting it", async () => {
    const lee = await viewerFor(database.db, "lee@riverside.example");
    const { patientId } = await createPatient(database.db, lee, {
      name: "Ana Silva",
      email: "ana.silva@riverside.example",
      dateOfBirth: "1980-02-03",
      onsetDate: "2026-11-20",
      primaryCondition: "SCIATICA",
      timeZone: "Europe/London",
    }, { origin: TEST_ORIGIN });
    await acceptInvitation(database.db, { token: await emailedToken(database.db, "ana.silva@riverside.example"), password: "a long new passphrase 42" });
    const events = await database.db.auditEvent.findMany({ where: { OR: [{ patientId }, { subjectUserId: patientId }] }, orderBy: { at: "asc" } });
    expect(events.map(({ action, actorId }) => ({ action, actorId }))).toEqual([
      { action: "patient.create", actorId: lee.userId },
      { action: "patient.invitation.issue", actorId: lee.userId },
      { action: "auth.invitation.accept", actorId: patientId },
    ]);
  });

  it("shows the patient every event about them in plain words, without naming people of other clinics", async () => {
    const maria = await viewerFor(database.db, "maria@riverside.example");
    await signInWithPassword(database.db, { email: "maria@riverside.example", password: "wrong password", ip: "198.51.100.10" }, noSleep);
    const entries = await listPatientAccess(database.db, maria, mariaId);
    const actions = new Set(entries.map((entry) => entry.action));
    for (const action of ["patient.view", "patient.access.refused", "auth.sign-in.fail"]) expect(actions, action).toContain(action);
    expect(entries.find((entry) => entry.action === "patient.access.refused")?.actorName).toBe("Someone outside the clinic");
    expect(entries.every((entry) => entry.ip === null)).toBe(true);
    expect(describeAction("auth.sign-in.fail")).toBe("Tried to sign in with a wrong password");
    expect(describeAction("patients.list")).toBe("Saw the name in the patient list");
  });
});
