import { fromDbDate, toDbDate, type TCalendarDate } from "../dates/calendar-date";
import type { TDatabase } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { TrendChange } from "../db/generated/enums";
import { CURRENT_EPISODE_ORDER, CURRENT_EPISODE_WHERE } from "./current-episode";
import { lockPatientProfile } from "../patients/lock-patient-profile";
import { CHANGE_RULE_VERSION, type TChangeClassification } from "../trends/change-from-baseline";
import { summarizeEpisode, type TEpisodeSummary } from "../trends/episode-summary";

/*
 * The stored EpisodeTrendSummary of a patient's ACTIVE episode, recomputed
 * from the episode's check-ins (every check-in of the patient dated on or
 * after onset, as the trend view reads them). Whatever changes a check-in or
 * an episode calls refreshEpisodeSummary in its own transaction, after its
 * change and under the patient's row lock (lockPatientProfile), so the row
 * never disagrees with the check-ins another transaction can see.
 * Recomputing one episode is at most a year of rows; there is no running
 * total to drift.
 */

const TREND_CHANGE: Record<TChangeClassification, TrendChange> = { improved: "IMPROVED", worsened: "WORSENED", "no-important-change": "NO_IMPORTANT_CHANGE" };

type SummaryColumns = Omit<Prisma.EpisodeTrendSummaryUncheckedCreateInput, "episodeId" | "updatedAt">;

/** The row's columns for a summary. */
export function toSummaryColumns(summary: TEpisodeSummary) {
  return {
    checkIns: summary.checkIns,
    lastCheckInDate: summary.lastCheckInDate ? toDbDate(summary.lastCheckInDate) : null,
    baselineWeek: summary.baseline?.week ?? null,
    baselineMean: summary.baseline?.meanPain ?? null,
    latestWeek: summary.latest?.week ?? null,
    latestMean: summary.latest?.meanPain ?? null,
    latestChange: summary.latest ? TREND_CHANGE[summary.latest.classification] : null,
    recent: summary.recent.map(({ date, value }) => ({ date, value })),
    ruleVersion: CHANGE_RULE_VERSION,
  } satisfies SummaryColumns;
}

/** The summary of an episode from the database as it is now (what the stored row must equal). */
export async function computeEpisodeSummary(db: Prisma.TransactionClient, patientId: string, onsetDate: TCalendarDate): Promise<TEpisodeSummary> {
  const rows = await db.checkIn.findMany({
    where: { patientId, date: { gte: toDbDate(onsetDate) } },
    orderBy: { date: "asc" },
    select: { date: true, painNow: true },
  });
  return summarizeEpisode(
    onsetDate,
    rows.map((row) => ({ date: fromDbDate(row.date), painNow: row.painNow, pegScore: null })),
  );
}

/**
 * Brings the summary of the patient's current episode (lib/episodes/current-episode.ts) up to date and
 * removes those of their closed episodes; a discharged episode's summary stays as it was at its last check-in.
 */
export async function refreshEpisodeSummary(tx: Prisma.TransactionClient, patientId: string): Promise<void> {
  const active = await tx.episode.findFirst({ where: { patientId, ...CURRENT_EPISODE_WHERE }, orderBy: CURRENT_EPISODE_ORDER, select: { id: true, onsetDate: true } });
  // A discharged episode keeps its summary (the outcomes of discharged episodes are read from it); a closed one does not.
  await tx.episodeTrendSummary.deleteMany({ where: { episode: { patientId, status: { not: "DISCHARGED" } }, ...(active ? { NOT: { episodeId: active.id } } : {}) } });
  if (!active) return;
  const columns = toSummaryColumns(await computeEpisodeSummary(tx, patientId, fromDbDate(active.onsetDate)));
  await tx.episodeTrendSummary.upsert({ where: { episodeId: active.id }, create: { episodeId: active.id, ...columns }, update: columns });
}

/**
 * Refreshes every patient's summary that is missing: after a migration on a
 * database that had check-ins before summaries existed, or after a bulk load
 * that wrote check-ins directly (the demo seed, the benchmarks). One patient
 * per transaction.
 */
export async function refreshMissingEpisodeSummaries(db: TDatabase): Promise<number> {
  const missing = await db.episode.findMany({ where: { status: "ACTIVE", trendSummary: null }, select: { patientId: true } });
  for (const { patientId } of missing) {
    await db.$transaction(async (tx) => {
      await lockPatientProfile(tx, patientId);
      await refreshEpisodeSummary(tx, patientId);
    });
  }
  return missing.length;
}
