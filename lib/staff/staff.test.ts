import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../prisma/seed";
import { changePassword } from "../auth/change-password";
import { createSession, resumeSession } from "../auth/sessions";
import { signInWithPassword } from "../auth/sign-in";
import { InvalidInputError, NotFoundError } from "../errors/domain-errors";
import { acceptInvitation } from "../invitations/accept-invitation";
import { useTestDatabase } from "../../tools/testing/test-database";
import { viewerFor } from "../../tools/testing/viewers";
import { findInvitation, markInvitationOpened } from "../invitations/find-invitation";
import { emailedToken, latestDemoEmail, TEST_ORIGIN } from "../../tools/testing/demo-mail";
import { inviteClinician, listStaff, reissueStaffInvitation, setStaffActive } from "./staff";
import { ZInviteClinician } from "./staff-input";

describe("staff management", () => {
  const database = useTestDatabase();
  beforeAll(() => seedDemoData(database.db, { password: "backtrack-demo" }));

  it("an admin sees their own clinic's staff only", async () => {
    const staff = await listStaff(database.db, await viewerFor(database.db, "admin@riverside.example"));
    expect(staff.map((member) => member.email).sort()).toEqual(["admin@riverside.example", "lee@riverside.example", "patel@riverside.example"]);
  });

  it("an admin invites a clinician: the link goes only by email, every admin is told, and the status follows it", async () => {
    const admin = await viewerFor(database.db, "admin@riverside.example");
    const { userId, invitation } = await inviteClinician(database.db, admin, ZInviteClinician.parse({ name: "Dr. Ana Silva", email: " SILVA@riverside.example" }), { origin: TEST_ORIGIN });
    expect(invitation).toMatchObject({ status: "sent", email: "silva@riverside.example" });
    const statusOf = async () => (await listStaff(database.db, admin)).find((member) => member.id === userId)?.invitation;
    expect(await statusOf()).toBe("sent");

    const notice = await latestDemoEmail(database.db, "admin@riverside.example");
    expect(notice.subject).toBe("New staff account at Riverside Spine Clinic");
    expect(notice.text).toContain("Dr. Ana Silva");
    expect(notice.text).not.toMatch(/https?:\/\//); // no link to the account

    const token = await emailedToken(database.db, "silva@riverside.example");
    await markInvitationOpened(database.db, token);
    expect(await statusOf()).toBe("opened");
    await acceptInvitation(database.db, { token, password: "harbour lights at night" });
    expect(await statusOf()).toBe("accepted");
    const user = await database.db.user.findUniqueOrThrow({ where: { email: "silva@riverside.example" } });
    expect(user).toMatchObject({ role: "CLINICIAN", clinicId: admin.clinicId });
    await expect(reissueStaffInvitation(database.db, admin, user.id, { origin: TEST_ORIGIN })).rejects.toMatchObject({ status: 409 });
  });

  it("an admin can send a new link to a clinician who lost theirs; the old one stops working", async () => {
    const admin = await viewerFor(database.db, "admin@riverside.example");
    const { userId } = await inviteClinician(database.db, admin, ZInviteClinician.parse({ name: "Dr. Omar Haddad", email: "haddad@riverside.example" }), { origin: TEST_ORIGIN });
    const first = await emailedToken(database.db, "haddad@riverside.example");
    expect((await reissueStaffInvitation(database.db, admin, userId, { origin: TEST_ORIGIN })).status).toBe("sent");
    const second = await emailedToken(database.db, "haddad@riverside.example");
    expect(second).not.toBe(first);
    expect((await findInvitation(database.db, first)).status).toBe("expired");
    expect((await findInvitation(database.db, second)).status).toBe("valid");
    await expect(reissueStaffInvitation(database.db, await viewerFor(database.db, "lee@riverside.example"), userId, { origin: TEST_ORIGIN })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("an admin inviting an address that already has an account (their own, a patient's, another clinic's) gets the same answer and no link", async () => {
    const admin = await viewerFor(database.db, "admin@riverside.example");
    const fresh = await inviteClinician(database.db, admin, ZInviteClinician.parse({ name: "New Person", email: "new.person@example.com" }), { origin: TEST_ORIGIN });
    for (const email of ["noah@harbor.example", "maria@riverside.example"]) {
      const taken = await inviteClinician(database.db, admin, ZInviteClinician.parse({ name: "Someone", email }), { origin: TEST_ORIGIN });
      expect(Object.keys(taken.invitation).sort()).toEqual(Object.keys(fresh.invitation).sort());
      expect(taken.invitation).toMatchObject({ status: "sent", email });
      const told = await latestDemoEmail(database.db, email);
      expect(told.subject).toBe("Riverside Spine Clinic tried to add you to BackTrack");
      expect(told.text).not.toContain("/invite/");
      // The existing account is untouched; the staff list shows the address the admin typed.
      expect((await database.db.user.findUniqueOrThrow({ where: { email } })).role).toBe("PATIENT");
      expect((await listStaff(database.db, admin)).find((member) => member.id === taken.userId)).toMatchObject({ email, invitation: "sent" });
    }
    // Someone the admin can already see on the staff list is refused with a field message.
    await expect(inviteClinician(database.db, admin, ZInviteClinician.parse({ name: "Lee", email: "lee@riverside.example" }), { origin: TEST_ORIGIN })).rejects.toMatchObject({
      status: 409,
      fields: { email: [expect.any(String)] },
    });
  });

  it("deactivating ends the clinician's sessions at once and blocks sign-in; reactivating allows it again", async () => {
    const admin = await viewerFor(database.db, "admin@riverside.example");
    const patel = await viewerFor(database.db, "patel@riverside.example");
    const sessionId = await createSession(database.db, patel.userId);
    expect((await setStaffActive(database.db, admin, patel.userId, false)).active).toBe(false);
    expect(await resumeSession(database.db, sessionId)).toBeNull();
    expect((await signInWithPassword(database.db, { email: patel.email, password: "backtrack-demo", ip: "198.51.100.7" })).ok).toBe(false);
    await setStaffActive(database.db, admin, patel.userId, true);
    expect((await signInWithPassword(database.db, { email: patel.email, password: "backtrack-demo", ip: "198.51.100.7" })).ok).toBe(true);
    expect(await database.db.auditEvent.count({ where: { actorId: admin.userId, action: { in: ["staff.deactivate", "staff.reactivate"] } } })).toBe(2);
  });

  it("refuses self-deactivation, other clinics' staff, patients and non-admins", async () => {
    const admin = await viewerFor(database.db, "admin@riverside.example");
    await expect(setStaffActive(database.db, admin, admin.userId, false)).rejects.toBeInstanceOf(InvalidInputError);
    const kim = await viewerFor(database.db, "kim@harbor.example");
    await expect(setStaffActive(database.db, admin, kim.userId, false)).rejects.toBeInstanceOf(NotFoundError);
    const maria = await viewerFor(database.db, "maria@riverside.example");
    await expect(setStaffActive(database.db, admin, maria.userId, false)).rejects.toBeInstanceOf(NotFoundError);
    const lee = await viewerFor(database.db, "lee@riverside.example");
    await expect(listStaff(database.db, lee)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("changing a password", () => {
  const database = useTestDatabase();
  beforeAll(() => seedDemoData(database.db, { password: "backtrack-demo" }));

  it("needs the current password, follows the rules, and ends the other sessions but not this one", async () => {
    const ken = await viewerFor(database.db, "ken@riverside.example");
    const here = await createSession(database.db, ken.userId);
    const elsewhere = await createSession(database.db, ken.userId);
    const viewer = { ...ken, sessionId: here };
    await expect(changePassword(database.db, viewer, { currentPassword: "wrong one", newPassword: "mountain paths in spring" })).rejects.toMatchObject({
      fields: { currentPassword: [expect.any(String)] },
    });
    await expect(changePassword(database.db, viewer, { currentPassword: "backtrack-demo", newPassword: "short" })).rejects.toMatchObject({
      fields: { newPassword: [expect.stringMatching(/12/)] },
    });
    await changePassword(database.db, viewer, { currentPassword: "backtrack-demo", newPassword: "mountain paths in spring" });
    expect(await resumeSession(database.db, here)).not.toBeNull();
    expect(await resumeSession(database.db, elsewhere)).toBeNull();
    expect((await signInWithPassword(database.db, { email: ken.email, password: "mountain paths in spring", ip: "198.51.100.8" })).ok).toBe(true);
  });
});
