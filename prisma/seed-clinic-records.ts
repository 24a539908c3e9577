import { getCurrentDocuments } from "../lib/clinic-records/clinic-documents";
import type { TDatabase } from "../lib/db/client";

/**
 * The demo clinics' records settings: their time zone and usual reply time,
 * the built-in privacy notice and terms, accepted by every demo patient (as
 * they would have on joining), so signing in still goes straight to the
 * dashboard. Idempotent, like the rest of the seed.
 */
export async function seedClinicRecords(db: TDatabase, clinics: readonly { slug: string; timeZone: string; patients: readonly { email: string }[] }[], now: Date = new Date()): Promise<void> {
  for (const demo of clinics) {
    const clinic = await db.clinic.findUniqueOrThrow({ where: { slug: demo.slug }, select: { id: true, timeZone: true, replyTimeText: true } });
    if (clinic.timeZone === "UTC" && clinic.replyTimeText === null) {
      await db.clinic.update({ where: { id: clinic.id }, data: { timeZone: demo.timeZone, replyTimeText: "within 2 working days" } });
    }
    const documents = await getCurrentDocuments(db, clinic.id);
    const patients = await db.user.findMany({ where: { email: { in: demo.patients.map((patient) => patient.email) } }, select: { id: true } });
    await db.consentAcceptance.createMany({
      data: patients.flatMap((patient) => documents.map((document) => ({ patientId: patient.id, documentVersionId: document.id, acceptedAt: now }))),
      skipDuplicates: true,
    });
  }
}
