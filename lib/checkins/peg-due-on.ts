import { addDays, toDbDate, type TCalendarDate } from "../dates/calendar-date";
import type { Prisma } from "../db/generated/client";

/** How often the weekly PEG-3 questions are asked: due again 7 days after the last answers. */
export const PEG_INTERVAL_DAYS = 7;

/**
 * Whether the check-in for `date` should ask the weekly PEG-3 questions: the
 * patient answered none in the 6 days before `date` (the last answers are 7 or
 * more days earlier, or there are none). The check-in for `date` itself does
 * not count, so a form editing a check-in that has PEG answers keeps asking
 * them (pre-filled) instead of dropping them; check-ins after `date` (a day
 * filled in later) do not count either.
 *
 * No access check: for lib functions that have already checked the viewer.
 */
export async function pegDueOn(db: Prisma.TransactionClient, patientId: string, date: TCalendarDate): Promise<boolean> {
  const answered = await db.checkIn.count({
    where: {
      patientId,
      date: { gte: toDbDate(addDays(date, -(PEG_INTERVAL_DAYS - 1))), lt: toDbDate(date) },
      pegPain: { not: null },
    },
  });
  return answered === 0;
}
