import { isDeepStrictEqual } from "node:util";
import pg from "pg";
import type { TCalendarDate } from "../lib/dates/calendar-date";
import type { TDatabase } from "../lib/db/client";
import { fromSummaryRow } from "../lib/episodes/read-episode-summary";
import { computeEpisodeSummary, toSummaryColumns } from "../lib/episodes/refresh-episode-summary";
import { summarizeEpisode } from "../lib/trends/episode-summary";

/*
 * The EpisodeTrendSummary rows a bulk load needs, in batches: what
 * refreshMissingEpisodeSummaries does one patient (and one transaction) at a
 * time, ~80 s for 10,000 patients, here in a few seconds. For every patient
 * with an ACTIVE episode that has no summary: their latest active episode (by
 * onset, as refreshEpisodeSummary picks it) gets the summary of its check-ins
 * (every check-in of the patient dated on or after onset) computed by the same
 * pure summarizeEpisode, written with one multi-row upsert per batch; the
 * summaries of the patient's other episodes are deleted, as there.
 * For bulk loads with nobody else writing: it takes no patient locks.
 */

interface EpisodeRow {
  patientId: string;
  episodeId: string;
  onset: TCalendarDate;
}

export interface TFillOptions {
  /** Patients per batch (one check-in query and one insert each). */
  batchSize?: number;
  /** Batches in flight at once (one computes while another's rows arrive). */
  parallel?: number;
}

export async function fillEpisodeSummaries(url: string, options: TFillOptions = {}): Promise<number> {
  const batchSize = options.batchSize ?? 500;
  const parallel = options.parallel ?? 2;
  const pool = new pg.Pool({ connectionString: url, max: parallel });
  pool.on("error", () => {});
  try {
    const { rows: episodes } = await pool.query<EpisodeRow>(
      `SELECT DISTINCT ON (e."patientId") e."patientId", e.id AS "episodeId", e."onsetDate"::text AS onset
       FROM "Episode" e
       WHERE e.status = 'ACTIVE' AND e."patientId" IN (
         SELECT m."patientId" FROM "Episode" m LEFT JOIN "EpisodeTrendSummary" s ON s."episodeId" = m.id
         WHERE m.status = 'ACTIVE' AND s."episodeId" IS NULL)
       ORDER BY e."patientId", e."onsetDate" DESC`,
    );
    const batches: EpisodeRow[][] = [];
    for (let start = 0; start < episodes.length; start += batchSize) batches.push(episodes.slice(start, start + batchSize));
    let next = 0;
    const worker = async () => {
      while (next < batches.length) {
        const batch = batches[next++]!;
        await fillBatch(pool, batch);
      }
    };
    await Promise.all(Array.from({ length: Math.min(parallel, batches.length) }, worker));
    return episodes.length;
  } finally {
    await pool.end();
  }
}

async function fillBatch(pool: pg.Pool, batch: EpisodeRow[]): Promise<void> {
  const { rows } = await pool.query<{ patientId: string; date: TCalendarDate; painNow: number }>(
    `SELECT c."patientId", c.date::text AS date, c."painNow"
     FROM unnest($1::text[], $2::date[]) AS b("patientId", onset)
     JOIN "CheckIn" c ON c."patientId" = b."patientId" AND c.date >= b.onset
     ORDER BY c."patientId", c.date`,
    [batch.map((episode) => episode.patientId), batch.map((episode) => episode.onset)],
  );
  const checkIns = new Map<string, { date: TCalendarDate; painNow: number; pegScore: null }[]>();
  for (const row of rows) {
    let list = checkIns.get(row.patientId);
    if (!list) checkIns.set(row.patientId, (list = []));
    list.push({ date: row.date, painNow: row.painNow, pegScore: null });
  }
  const columns = batch.map((episode) => toSummaryColumns(summarizeEpisode(episode.onset, checkIns.get(episode.patientId) ?? [])));
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query(
      `DELETE FROM "EpisodeTrendSummary" s USING "Episode" e
       WHERE s."episodeId" = e.id AND e."patientId" = ANY($1::text[]) AND NOT (s."episodeId" = ANY($2::text[]))`,
      [batch.map((episode) => episode.patientId), batch.map((episode) => episode.episodeId)],
    );
    await client.query(
      `INSERT INTO "EpisodeTrendSummary"
         ("episodeId", "checkIns", "lastCheckInDate", "baselineWeek", "baselineMean", "latestWeek", "latestMean", "latestChange", recent, "ruleVersion", "updatedAt")
       SELECT r.*, now() FROM unnest($1::text[], $2::int[], $3::date[], $4::int[], $5::float8[], $6::int[], $7::float8[], $8::"TrendChange"[], $9::jsonb[], $10::int[]) AS r
       ON CONFLICT ("episodeId") DO UPDATE SET
         "checkIns" = EXCLUDED."checkIns", "lastCheckInDate" = EXCLUDED."lastCheckInDate", "baselineWeek" = EXCLUDED."baselineWeek",
         "baselineMean" = EXCLUDED."baselineMean", "latestWeek" = EXCLUDED."latestWeek", "latestMean" = EXCLUDED."latestMean",
         "latestChange" = EXCLUDED."latestChange", recent = EXCLUDED.recent, "ruleVersion" = EXCLUDED."ruleVersion", "updatedAt" = EXCLUDED."updatedAt"`,
      [
        batch.map((episode) => episode.episodeId),
        columns.map((column) => column.checkIns),
        // toSummaryColumns gives UTC midnights; the DATE column wants the calendar date.
        columns.map((column) => column.lastCheckInDate?.toISOString().slice(0, 10) ?? null),
        columns.map((column) => column.baselineWeek),
        columns.map((column) => column.baselineMean),
        columns.map((column) => column.latestWeek),
        columns.map((column) => column.latestMean),
        columns.map((column) => column.latestChange),
        columns.map((column) => JSON.stringify(column.recent)),
        columns.map((column) => column.ruleVersion),
      ],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Compares `sample` random stored summaries with what computeEpisodeSummary
 * (the lib's own read, through Prisma) gives for the same episode; returns
 * how many matched and describes the first mismatch.
 */
export async function verifyEpisodeSummaries(db: TDatabase, sample: number): Promise<{ checked: number; mismatch: string | null }> {
  const rows = await db.$queryRaw<{ episodeId: string }[]>`
    SELECT s."episodeId" FROM "EpisodeTrendSummary" s ORDER BY random() LIMIT ${sample}`;
  for (const { episodeId } of rows) {
    const stored = await db.episodeTrendSummary.findUniqueOrThrow({ where: { episodeId }, include: { episode: { select: { patientId: true, onsetDate: true } } } });
    const onset = stored.episode.onsetDate.toISOString().slice(0, 10);
    const expected = await computeEpisodeSummary(db, stored.episode.patientId, onset);
    const actual = fromSummaryRow(stored);
    if (!isDeepStrictEqual(actual, expected)) {
      return { checked: rows.length, mismatch: `episode ${episodeId}: stored ${JSON.stringify(actual)} but computeEpisodeSummary gives ${JSON.stringify(expected)}` };
    }
  }
  return { checked: rows.length, mismatch: null };
}
