import { fromDbDate } from "../dates/calendar-date";
import type { TrendChange } from "../db/generated/enums";
import type { TChangeClassification } from "../trends/change-from-baseline";
import type { TEpisodeSummary } from "../trends/episode-summary";
import type { TTrendPoint } from "../trends/theil-sen";

/* Reading a stored EpisodeTrendSummary row (lib/episodes/refresh-episode-summary.ts writes it). */

const CLASSIFICATION: Record<TrendChange, TChangeClassification> = { IMPROVED: "improved", WORSENED: "worsened", NO_IMPORTANT_CHANGE: "no-important-change" };

export interface TStoredSummaryRow {
  checkIns: number;
  lastCheckInDate: Date | null;
  baselineWeek: number | null;
  baselineMean: number | null;
  latestWeek: number | null;
  latestMean: number | null;
  latestChange: TrendChange | null;
  recent: unknown;
}

/** A stored row back as the summary it was made from. */
export function fromSummaryRow(row: TStoredSummaryRow): TEpisodeSummary {
  return {
    checkIns: row.checkIns,
    lastCheckInDate: row.lastCheckInDate ? fromDbDate(row.lastCheckInDate) : null,
    baseline: row.baselineWeek !== null && row.baselineMean !== null ? { week: row.baselineWeek, meanPain: row.baselineMean } : null,
    latest:
      row.latestWeek !== null && row.latestMean !== null && row.latestChange !== null
        ? { week: row.latestWeek, meanPain: row.latestMean, classification: CLASSIFICATION[row.latestChange] }
        : null,
    recent: row.recent as TTrendPoint[],
  };
}
