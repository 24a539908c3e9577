import type { TViewer } from "../auth/viewer-types";
import { addDays, type TCalendarDate } from "../dates/calendar-date";
import { isRealCalendarDate } from "../dates/calendar-date-field";
import type { TDatabase } from "../db/client";
import { InvalidInputError } from "../errors/domain-errors";
import type { TCheckInView } from "./check-in-view";
import { listCheckIns } from "./list-check-ins";

export const CHECK_IN_PAGE_SIZE = 20;

export type TCheckInPage = {
  checkIns: TCheckInView[];
  /** The `before` of the next (older) page; null on the last page. */
  olderBefore: TCalendarDate | null;
};

/**
 * One page of the patient's check-ins, newest first: those dated before
 * `before` (all when absent). Pages by date rather than by offset, so a
 * check-in saved while the clinician reads does not shift the pages.
 */
export async function listCheckInPage(db: TDatabase, viewer: TViewer, patientId: string, before?: string): Promise<TCheckInPage> {
  if (before !== undefined && !isRealCalendarDate(before)) throw new InvalidInputError({ before: ["Give the date as YYYY-MM-DD."] });
  const rows = await listCheckIns(db, viewer, patientId, { limit: CHECK_IN_PAGE_SIZE + 1, ...(before ? { to: addDays(before, -1) } : {}) });
  const checkIns = rows.slice(0, CHECK_IN_PAGE_SIZE);
  return { checkIns, olderBefore: rows.length > CHECK_IN_PAGE_SIZE ? checkIns.at(-1)!.date : null };
}
