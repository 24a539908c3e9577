import { fromDbDate, type TCalendarDate } from "../dates/calendar-date";
import type { Condition, EpisodeStatus } from "../db/generated/enums";

/** One pain episode as the episode functions hand it out. */
export interface TEpisodeView {
  id: string;
  onsetDate: TCalendarDate;
  primaryCondition: Condition;
  status: EpisodeStatus;
  closedAt: Date | null;
  createdAt: Date;
}

export const EPISODE_FIELDS = { id: true, onsetDate: true, primaryCondition: true, status: true, closedAt: true, createdAt: true } as const;

export function toEpisodeView(row: { id: string; onsetDate: Date; primaryCondition: Condition; status: EpisodeStatus; closedAt: Date | null; createdAt: Date }): TEpisodeView {
  return { ...row, onsetDate: fromDbDate(row.onsetDate) };
}

