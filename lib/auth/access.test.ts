import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../prisma/seed";
import { listPatientAccess } from "../audit/list-patient-access";
import { NotFoundError } from "../errors/domain-errors";
import { getPatientRecord } from "../patients/get-patient-record";
import { listClinicPatients } from "../patients/list-clinic-patients";
import { useTestDatabase } from "../../tools/testing/test-database";
import { viewerFor } from "../../tools/testing/viewers";

describe("who may see a patient's record", () => {
  const database = useTestDatabase();
  let mariaId: string;
  beforeAll(async () => {
    await seedDemoData(database.db, { password: "backtrack-demo" });
    mariaId = (await database.db.user.findUniqueOrThrow({ where: { email: "maria@riverside.example" } })).id;
  });
  const auditCount = () => database.db.auditEvent.count({ where: { patientId: mariaId } });

  it("the patient sees their own record, and that is not written to the audit trail", async () => {
    const before = await auditCount();
    const record = await getPatientRecord(database.db, await viewerFor(database.db, "maria@riverside.example"), mariaId);
    expect(record?.name).toBe("Maria Lopez");
    expect(await auditCount()).toBe(before);
  });

  it("a clinician of the patient's clinic sees it, and the access is audited with who, what and where from", async () => {
    const lee = await viewerFor(database.db, "lee@riverside.example");
    expect((await getPatientRecord(database.db, lee, mariaId))?.email).toBe("maria@riverside.example");
    const [entry] = await database.db.auditEvent.findMany({ where: { patientId: mariaId }, orderBy: { at: "desc" }, take: 1 });
    expect(entry).toMatchObject({ actorId: lee.userId, actorRole: "CLINICIAN", action: "patient.view", ip: "203.0.113.7", clinicId: lee.clinicId });
  });

  it("another patient, a clinician of another clinic and an admin see nothing; only the refusal is audited", async () => {
    const before = await auditCount();
    for (const email of ["james@riverside.example", "kim@harbor.example", "admin@riverside.example"]) {
      const viewer = await viewerFor(database.db, email);
      expect(await getPatientRecord(database.db, viewer, mariaId), email).toBeNull();
      await expect(listPatientAccess(database.db, viewer, mariaId), email).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await auditCount()).toBe(before + 6);
    expect(await database.db.auditEvent.count({ where: { patientId: mariaId, action: { not: "patient.access.refused" } } })).toBe(before);
  });

  it("lists only the clinician's own clinic's patients", async () => {
    const kim = await viewerFor(database.db, "kim@harbor.example");
    expect((await listClinicPatients(database.db, kim)).patients.map((patient) => patient.name)).toEqual(["Noah Adams"]);
    await expect(listClinicPatients(database.db, await viewerFor(database.db, "maria@riverside.example"))).rejects.toBeInstanceOf(NotFoundError);
  });

  it("shows the patient who looked at their record, without the staff's addresses", async () => {
    const entries = await listPatientAccess(database.db, await viewerFor(database.db, "maria@riverside.example"), mariaId);
    expect(entries.find((entry) => entry.action === "patient.view")).toMatchObject({ actorName: "Dr. Jordan Lee", ip: null });
    const forStaff = await listPatientAccess(database.db, await viewerFor(database.db, "patel@riverside.example"), mariaId);
    expect(forStaff.find((entry) => entry.actorName === "Dr. Jordan Lee")?.ip).toBe("203.0.113.7");
  });

  it("keeps the audit trail append-only, even against direct SQL", async () => {
    await expect(database.db.auditEvent.deleteMany({})).rejects.toThrow(/append-only/);
    await expect(database.db.$executeRawUnsafe(`UPDATE "AuditEvent" SET "action" = 'nothing'`)).rejects.toThrow(/append-only/);
    await expect(database.db.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
  });
});
