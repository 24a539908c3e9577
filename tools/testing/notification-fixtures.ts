import { randomBytes } from "node:crypto";
import { toDbDate } from "../../lib/dates/calendar-date";
import type { TDatabase } from "../../lib/db/client";

/** A clinic with one clinician, for tests of reminders and notifications. */
export async function makeClinic(db: TDatabase, name = "Riverside Spine Clinic"): Promise<{ clinicId: string; clinicianId: string; clinicianEmail: string }> {
  const tag = randomBytes(4).toString("hex");
  const clinic = await db.clinic.create({ data: { slug: `clinic-${tag}`, name } });
  const clinicianEmail = `clinician-${tag}@example.com`;
  const clinician = await db.user.create({
    data: { email: clinicianEmail, name: `Dr ${tag}`, role: "CLINICIAN", clinicId: clinic.id, passwordHash: "not-a-real-hash" },
    select: { id: true },
  });
  return { clinicId: clinic.id, clinicianId: clinician.id, clinicianEmail };
}

/** A patient who can sign in (reminders go only to them), on the clinician's care team unless `careTeam` is empty. */
export async function makePatient(
  db: TDatabase,
  input: { clinicId: string; careTeam: string[]; timeZone: string; createdAt?: Date; name?: string },
): Promise<{ patientId: string; email: string }> {
  const tag = randomBytes(4).toString("hex");
  const email = `patient-${tag}@example.com`;
  const user = await db.user.create({
    data: {
      email,
      name: input.name ?? `Patient ${tag}`,
      role: "PATIENT",
      clinicId: input.clinicId,
      passwordHash: "not-a-real-hash",
      createdAt: input.createdAt,
      patient: {
        create: {
          dateOfBirth: toDbDate("1980-01-01"),
          timeZone: input.timeZone,
          careTeam: { create: input.careTeam.map((clinicianId) => ({ clinicianId })) },
        },
      },
    },
    select: { id: true },
  });
  return { patientId: user.id, email };
}

/** A check-in on a date (with the weekly PEG-3 answers when `peg`). */
export async function addCheckIn(db: TDatabase, patientId: string, date: string, options: { peg?: boolean; painNow?: number } = {}): Promise<void> {
  const peg = options.peg ? { pegPain: 4, pegEnjoyment: 4, pegActivity: 4 } : {};
  await db.checkIn.create({ data: { patientId, date: toDbDate(date), painNow: options.painNow ?? 4, painAreas: ["LOWER_BACK"], redFlags: [], ...peg } });
}
