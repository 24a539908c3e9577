import { fromDbDate, type TCalendarDate } from "../dates/calendar-date";
import type { Prisma } from "../db/generated/client";
import { NotFoundError } from "../errors/domain-errors";

/**
 * Locks the patient's PatientProfile row until the transaction ends and
 * returns what date rules need from it. Every change to a patient's episodes
 * or exercise plans takes this lock first, so changes for one patient run one
 * after the other, each seeing what the one before it committed (READ
 * COMMITTED takes a fresh snapshot per statement): two concurrent "start a
 * new episode" requests cannot leave two ACTIVE episodes, two plan saves
 * cannot leave two open plans or two versions with one number, and a new plan
 * cannot attach to an episode being closed. FOR NO KEY UPDATE conflicts with
 * itself but not with the key-share locks that inserts of the patient's
 * notes or guide assignments take, so those are not held up.
 */
export async function lockPatientProfile(tx: Prisma.TransactionClient, patientId: string): Promise<{ dateOfBirth: TCalendarDate; timeZone: string }> {
  const locked = await tx.$queryRaw<{ userId: string }[]>`SELECT "userId" FROM "PatientProfile" WHERE "userId" = ${patientId} FOR NO KEY UPDATE`;
  if (locked.length === 0) throw new NotFoundError();
  const profile = await tx.patientProfile.findUniqueOrThrow({ where: { userId: patientId }, select: { dateOfBirth: true, timeZone: true } });
  return { dateOfBirth: fromDbDate(profile.dateOfBirth), timeZone: profile.timeZone };
}
