import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../prisma/seed";
import { NotFoundError } from "../errors/domain-errors";
import { useTestDatabase } from "../../tools/testing/test-database";
import { viewerFor } from "../../tools/testing/viewers";
import { ZAddClinicianNote } from "./clinician-note-input";
import { addClinicianNote, listClinicianNotes } from "./clinician-notes";

describe("clinician notes", () => {
  const database = useTestDatabase();
  let mariaId: string;
  beforeAll(async () => {
    await seedDemoData(database.db, { password: "backtrack-demo" });
    mariaId = (await database.db.user.findUniqueOrThrow({ where: { email: "maria@riverside.example" } })).id;
  });

  it("clinicians of the clinic add and read them, newest first, and both are audited", async () => {
    const lee = await viewerFor(database.db, "lee@riverside.example");
    const patel = await viewerFor(database.db, "patel@riverside.example");
    await addClinicianNote(database.db, lee, mariaId, ZAddClinicianNote.parse({ body: "  Worried about work: lifts boxes all day.  " }));
    await addClinicianNote(database.db, patel, mariaId, { body: "Second visit: walking 20 minutes." });
    const notes = await listClinicianNotes(database.db, lee, mariaId);
    expect(notes.map((note) => [note.authorName, note.body])).toEqual([
      ["Dr. Priya Patel", "Second visit: walking 20 minutes."],
      ["Dr. Jordan Lee", "Worried about work: lifts boxes all day."],
    ]);
    expect(await database.db.auditEvent.count({ where: { patientId: mariaId, action: { in: ["patient.notes.add", "patient.notes.view"] } } })).toBe(3);
  });

  it("stay private: not for the patient, another clinic or the admin", async () => {
    for (const email of ["maria@riverside.example", "kim@harbor.example", "admin@riverside.example"]) {
      const viewer = await viewerFor(database.db, email);
      await expect(listClinicianNotes(database.db, viewer, mariaId), email).rejects.toBeInstanceOf(NotFoundError);
      await expect(addClinicianNote(database.db, viewer, mariaId, { body: "x" }), email).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it("refuses an empty note with a message for the field", () => {
    const parsed = ZAddClinicianNote.safeParse({ body: "   " });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe("Write the note first.");
  });
});
