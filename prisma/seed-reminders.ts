import type { TDatabase } from "../lib/db/client";
import { todayIn } from "../lib/dates/calendar-date";
import { createNotifications } from "../lib/notifications/create-notifications";
import { notificationLink } from "../lib/reminders/run-reminder-scan";

/*
 * Reminders in the demo: every demo patient on a care team (the clinic's
 * first clinician by name) with reminders set (18:00 every day, as a new
 * patient gets), and
 * each clinician with their digest time in the clinic's zone and today's
 * daily summary in their inbox. Mail in demo mode goes wherever sendEmail
 * sends it (the demo mailbox). Runs after the rest of the demo data; idempotent.
 */
export async function seedReminders(db: TDatabase, clinic: { id: string; timeZone: string }, now: Date = new Date()): Promise<void> {
  const clinicians = await db.user.findMany({ where: { clinicId: clinic.id, role: "CLINICIAN" }, select: { id: true }, orderBy: { name: "asc" } });
  const patients = await db.user.findMany({ where: { clinicId: clinic.id, role: "PATIENT" }, select: { id: true } });
  const lead = clinicians[0];
  if (lead) {
    await db.careTeamMember.createMany({ data: patients.map((patient) => ({ patientId: patient.id, clinicianId: lead.id })), skipDuplicates: true });
  }
  await db.reminderSettings.createMany({ data: patients.map((patient) => ({ userId: patient.id, reminderMinute: 18 * 60 })), skipDuplicates: true });
  await db.reminderSettings.createMany({ data: clinicians.map((clinician) => ({ userId: clinician.id, digestMinute: 8 * 60, timeZone: clinic.timeZone })), skipDuplicates: true });
  const today = todayIn(clinic.timeZone, now);
  await createNotifications(
    db,
    clinicians.map((clinician) => ({
      userId: clinician.id,
      kind: "CLINICIAN_DIGEST" as const,
      link: notificationLink("CLINICIAN_DIGEST"),
      dedupeKey: `CLINICIAN_DIGEST:${clinician.id}:${today}`,
      channels: [],
    })),
  );
}
