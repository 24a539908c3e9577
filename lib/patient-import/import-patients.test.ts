import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../prisma/seed";
import { useTestDatabase } from "../../tools/testing/test-database";
import { viewerFor } from "../../tools/testing/viewers";
import { NotFoundError } from "../errors/domain-errors";
import { importPatients, previewPatientImport } from "./import-patients";
import type { TImportRow } from "./patient-import-input";

const ORIGIN = "http://localhost:3000";

function row(fields: Partial<TImportRow> = {}): TImportRow {
  return { name: "Ada Byrne", email: "ada@example.com", date_of_birth: "1970-03-04", onset: "2026-01-10", condition: "SCIATICA", time_zone: "Europe/Dublin", ...fields };
}

describe("importing patients from a CSV", () => {
  const database = useTestDatabase();
  beforeAll(async () => {
    await seedDemoData(database.db, { password: "backtrack-demo" });
  });
  const lee = () => viewerFor(database.db, "lee@riverside.example");
  const patients = () => database.db.user.count({ where: { role: "PATIENT" } });

  it("previews every row's problems by line and column, storing nothing", async () => {
    const before = await patients();
    const preview = await previewPatientImport(database.db, await lee(), {
      rows: [
        row(),
        row({ name: "Bo", email: "bo@example.com", date_of_birth: "1970-02-30", condition: "Spinal stenosis" }),
        row({ name: "Cy", email: "ADA@example.com", condition: "broken leg" }),
        row({ name: "Di", email: "di@example.com", time_zone: "Mars/Olympus", condition: "low_back_pain" }),
        row({ name: "Ed", email: "maria@riverside.example", time_zone: "" }),
      ],
    });
    expect(preview.rows.map((entry) => [entry.row, entry.problems.map((problem) => [problem.column, problem.message])])).toEqual([
      [2, []],
      [3, [["date_of_birth", "The date of birth is not a real date."]]],
      [
        4,
        [
          ["email", "This email is also on row 2 of the file."],
          ["condition", "Unknown condition “broken leg”: use a code such as SCIATICA or its name, such as Spinal stenosis."],
        ],
      ],
      [5, [["time_zone", "Choose a valid time zone."]]],
      [6, [["email", "A patient of your clinic already uses this email."]]],
    ]);
    expect([preview.ready, preview.problemCount]).toEqual([1, 5]);
    expect(await patients()).toBe(before);
  });

  it("creates all or nothing, as one added patient is, and a retry creates nobody twice", async () => {
    const viewer = await lee();
    const before = await patients();
    const bad = { rows: [row({ email: "one@example.com" }), row({ email: "two@example.com", onset: "" })], requestId: crypto.randomUUID() };
    await expect(importPatients(database.db, viewer, bad, { origin: ORIGIN })).rejects.toMatchObject({ fields: { rows: ["Row 3, onset: Enter the date the pain began."] } });
    expect(await patients()).toBe(before);

    // Kim's patient's address: made with a placeholder login, as for one patient (no account oracle).
    const input = { rows: [row({ email: "one@example.com" }), row({ name: "Noah Again", email: "noah@harbor.example", condition: "Pinched nerve" })], requestId: crypto.randomUUID() };
    const first = await importPatients(database.db, viewer, input, { origin: ORIGIN });
    expect(first.created).toBe(2);
    expect(first.patients.map((patient) => [patient.name, patient.email])).toEqual([
      ["Ada Byrne", "one@example.com"],
      ["Noah Again", "noah@harbor.example"],
    ]);
    expect(await importPatients(database.db, viewer, input, { origin: ORIGIN })).toEqual(first);
    expect(await patients()).toBe(before + 2);

    const made = await database.db.user.findUniqueOrThrow({
      where: { id: first.patients[0]!.patientId },
      select: { clinicId: true, patient: { select: { timeZone: true, careTeam: { select: { clinicianId: true } }, episodes: { select: { primaryCondition: true } } } } },
    });
    expect(made).toEqual({ clinicId: viewer.clinicId, patient: { timeZone: "Europe/Dublin", careTeam: [{ clinicianId: viewer.userId }], episodes: [{ primaryCondition: "SCIATICA" }] } });
    const audited = await database.db.auditEvent.count({ where: { action: "patient.create", patientId: { in: first.patients.map((patient) => patient.patientId) } } });
    expect(audited).toBe(2);
    expect(await database.db.invitation.count({ where: { userId: { in: first.patients.map((patient) => patient.patientId) } } })).toBe(2);
  });

  it("refuses another clinician's request key, patients and admins", async () => {
    const input = { rows: [row({ email: "three@example.com" })], requestId: crypto.randomUUID() };
    await importPatients(database.db, await lee(), input, { origin: ORIGIN });
    const kim = await viewerFor(database.db, "kim@harbor.example");
    await expect(importPatients(database.db, kim, input, { origin: ORIGIN })).rejects.toMatchObject({ status: 409, fields: { requestId: ["This request key was already used."] } });
    const before = await patients();
    for (const email of ["admin@riverside.example", "maria@riverside.example"]) {
      const viewer = await viewerFor(database.db, email);
      await expect(previewPatientImport(database.db, viewer, { rows: [row({ email: "four@example.com" })] }), email).rejects.toBeInstanceOf(NotFoundError);
      await expect(importPatients(database.db, viewer, { rows: [row({ email: "four@example.com" })], requestId: crypto.randomUUID() }, { origin: ORIGIN }), email).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await patients()).toBe(before);
  });
});
