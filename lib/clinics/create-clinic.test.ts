import { describe, expect, it } from "vitest";
import { refusal } from "../../tools/testing/refusal";
import { useTestDatabase } from "../../tools/testing/test-database";
import { acceptInvitation } from "../invitations/accept-invitation";
import { createClinic } from "./create-clinic";
import { listClinics } from "./list-clinics";

describe("createClinic", () => {
  const database = useTestDatabase();

  it("creates a real clinic and its first admin, who has no password until the set-up link is used", async () => {
    const created = await createClinic(database.db, { name: "  Harbor Physio Live ", adminEmail: "Owner@Harbor-Live.example", timeZone: "Europe/London", acuteWeeks: "6" });
    expect(created.clinic).toMatchObject({ name: "Harbor Physio Live", slug: "harbor-physio-live", timeZone: "Europe/London", acuteWeeks: 6 });
    const admin = await database.db.user.findUniqueOrThrow({ where: { id: created.admin.id } });
    expect(admin).toMatchObject({ email: "owner@harbor-live.example", role: "ADMIN", clinicId: created.clinic.id, passwordHash: null, twoFactorExempt: false });
    expect(await database.db.clinic.findUniqueOrThrow({ where: { id: created.clinic.id }, select: { isDemo: true } })).toEqual({ isDemo: false });
    expect(await database.db.auditEvent.findFirst({ where: { action: "clinic.create", clinicId: created.clinic.id } })).toMatchObject({ subjectUserId: admin.id, actorId: null });

    await acceptInvitation(database.db, { token: created.setUpToken, password: "a long harbor passphrase 42" });
    expect((await database.db.user.findUniqueOrThrow({ where: { id: admin.id } })).passwordHash).not.toBeNull();
  });

  it("defaults to UTC and a 4-week acute phase", async () => {
    const created = await createClinic(database.db, { name: "Quay Spine", adminEmail: "admin@quay.example" });
    expect(created.clinic).toMatchObject({ timeZone: "UTC", acuteWeeks: 4, slug: "quay-spine" });
  });

  it("refuses bad input by field and writes nothing", async () => {
    const before = [await database.db.clinic.count(), await database.db.user.count()];
    expect((await refusal(createClinic(database.db, { name: "Moon Clinic", adminEmail: "a@moon.example", timeZone: "Mars/Olympus" }))).fields.timeZone).toEqual([
      expect.stringContaining("Unknown time zone"),
    ]);
    expect((await refusal(createClinic(database.db, { name: "Moon Clinic", adminEmail: "not-an-email" }))).fields.adminEmail).toBeDefined();
    expect((await refusal(createClinic(database.db, { name: "Moon Clinic", adminEmail: "a@moon.example", acuteWeeks: 5 }))).fields.acuteWeeks).toEqual(["Acute weeks must be 4 or 6."]);
    expect((await refusal(createClinic(database.db, { name: "Moon Clinic", adminEmail: "a@moon.example", acuteWeeks: "six" }))).fields.acuteWeeks).toEqual(["Acute weeks must be 4 or 6."]);
    expect((await refusal(createClinic(database.db, { name: "   ", adminEmail: "a@moon.example" }))).fields.name).toBeDefined();
    const duplicate = await refusal(createClinic(database.db, { name: "harbor physio LIVE", adminEmail: "a@moon.example" }));
    expect(duplicate.status).toBe(409);
    expect(duplicate.fields.name).toEqual([expect.stringContaining("already exists")]);
    expect((await refusal(createClinic(database.db, { name: "Moon Clinic", adminEmail: "OWNER@harbor-live.example" }))).fields.adminEmail).toEqual([
      expect.stringContaining("already has a BackTrack account"),
    ]);
    expect([await database.db.clinic.count(), await database.db.user.count()]).toEqual(before);
  });

  it("gives a name whose handle is taken a handle of its own", async () => {
    const created = await createClinic(database.db, { name: "Harbor-Physio Live!", adminEmail: "second@harbor-live.example" });
    expect(created.clinic.slug).toBe("harbor-physio-live-2");
  });

  it("lists clinics with staff and patient counts", async () => {
    const quay = await database.db.clinic.findUniqueOrThrow({ where: { slug: "quay-spine" } });
    await database.db.user.create({ data: { email: "pat@quay.example", name: "Pat", role: "PATIENT", clinicId: quay.id } });
    await database.db.user.create({ data: { email: "doc@quay.example", name: "Doc", role: "CLINICIAN", clinicId: quay.id } });
    const clinics = await listClinics(database.db);
    expect(clinics.find((clinic) => clinic.slug === "quay-spine")).toEqual({ name: "Quay Spine", slug: "quay-spine", timeZone: "UTC", acuteWeeks: 4, isDemo: false, staff: 2, patients: 1 });
    expect(clinics.map((clinic) => clinic.name)).toEqual(["Harbor Physio Live", "Harbor-Physio Live!", "Quay Spine"]);
  });
});
