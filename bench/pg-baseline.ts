import { randomUUID } from "node:crypto";
import pg from "pg";
import { todayIn, type TCalendarDate } from "../lib/dates/calendar-date";
import { toSummaryColumns } from "../lib/episodes/refresh-episode-summary";
import { summarizeEpisode } from "../lib/trends/episode-summary";
import { onsetRangeForPhase } from "../lib/trends/phase";
import { runClosedLoop, type TLoadFigures } from "./load-figures";
import { LIST_FILTER, type TBaselineKey } from "./scenarios";

/*
 * The floor under each scenario: the same SQL the lib function runs (copied
 * in shape from lib/patients/list-clinic-patients.ts, get-episode-trend.ts and
 * save-check-in.ts), sent straight through node-postgres from this process,
 * no HTTP, no Next.js, no next-auth session, no Prisma. Results are read but
 * not shaped into the API's answer. What the app adds on top (session lookup,
 * access check and audit row, Prisma, the trend engine, JSON, HTTP) is what
 * the app/baseline ratio shows.
 */

export interface TBaselineContext {
  url: string;
  clinicId: string;
  search: string;
  trendPatientId: string;
  checkInPatients: { id: string; timeZone: string }[];
}

const PAGE_SIZE = 25;

/** The active episode of `u` (as list-clinic-patients.ts ACTIVE_EPISODE). */
const ACTIVE_EPISODE = `
  LEFT JOIN LATERAL (
    SELECT ep."id", ep."onsetDate", ep."primaryCondition" FROM "Episode" ep
    WHERE ep."patientId" = u."id" AND ep."status" = 'ACTIVE'
    ORDER BY ep."onsetDate" DESC, ep."createdAt" DESC LIMIT 1
  ) e ON TRUE`;

const COLUMNS = `u."id", u."name", u."email", (u."passwordHash" IS NOT NULL) AS "hasSignedUp", p."timeZone",
  e."onsetDate", e."primaryCondition"::text AS "primaryCondition",
  (s."episodeId" IS NOT NULL) AS "hasSummary", s."checkIns", s."lastCheckInDate", s."baselineWeek", s."baselineMean",
  s."latestWeek", s."latestMean", s."latestChange"::text AS "latestChange", s."recent"`;

/** The page's check-ins, alerts and exercise logs (as list-clinic-patients.ts pageActivity). */
const PAGE_ACTIVITY = `
  SELECT p."userId" AS "id", last."date" AS "lastDate", last."painNow" AS "lastPain",
    EXISTS (SELECT 1 FROM "RedFlagAlert" a WHERE a."patientId" = p."userId" AND a."reviewedAt" IS NULL) AS "unreviewedRedFlag",
    plan."startDate" AS "planStart",
    (SELECT json_agg(json_build_object('daysPerWeek', i."daysPerWeek", 'fromWeek', i."fromWeek", 'toWeek', i."toWeek"))
      FROM "ExercisePlanItem" i WHERE i."versionId" = version."id") AS "planItems",
    (SELECT count(*)::int FROM "ExerciseLog" l
      WHERE l."patientId" = p."userId" AND l."date" BETWEEN t."today" - 6 AND t."today" AND l."outcome" = 'DONE') AS "exercisesDone"
  FROM "PatientProfile" p
  CROSS JOIN LATERAL (SELECT ($2::timestamptz AT TIME ZONE p."timeZone")::date AS "today") t
  LEFT JOIN LATERAL (
    SELECT c."date", c."painNow" FROM "CheckIn" c WHERE c."patientId" = p."userId" ORDER BY c."date" DESC LIMIT 1
  ) last ON TRUE
  LEFT JOIN LATERAL (
    SELECT pl."id", pl."startDate" FROM "ExercisePlan" pl
    WHERE pl."patientId" = p."userId" AND pl."endedAt" IS NULL
    ORDER BY pl."createdAt" DESC, pl."id" DESC LIMIT 1
  ) plan ON TRUE
  LEFT JOIN LATERAL (
    SELECT v."id" FROM "ExercisePlanVersion" v
    WHERE v."planId" = plan."id" AND v."effectiveFrom" <= t."today"
    ORDER BY v."number" DESC LIMIT 1
  ) version ON TRUE
  WHERE p."userId" = ANY($1::text[])`;

const SCOPE = `u."clinicId" = $1 AND u."role" = 'PATIENT'`;

/** What every signed-in request reads (lib/auth/sessions.ts resumeSession): the session row and its user. */
async function sessionRead(pool: pg.Pool, sessionId: string): Promise<void> {
  await pool.query(
    `SELECT s."lastSeenAt", s."expiresAt", s."revokedAt", u.id, u.email, u.name, u.role, u."clinicId", u.active
     FROM "UserSession" s JOIN "User" u ON u.id = s."userId" WHERE s.id = $1`,
    [sessionId],
  );
}

async function listByName(pool: pg.Pool, clinicId: string, search: string | null): Promise<void> {
  const now = new Date().toISOString();
  await pool.query(`SELECT "acuteWeeks" FROM "Clinic" WHERE id = $1`, [clinicId]);
  const where = search ? `${SCOPE} AND (u."name" ILIKE $2 OR u."email" ILIKE $2)` : SCOPE;
  const params = search ? [clinicId, `%${search.replace(/[\\%_]/g, (character) => `\\${character}`)}%`] : [clinicId];
  const { rows: counted } = await pool.query<{ total: number }>(`SELECT count(*)::int AS "total" FROM "User" u WHERE ${where}`, params);
  if (!counted[0]?.total) return;
  const { rows } = await pool.query<{ id: string }>(
    `SELECT ${COLUMNS} FROM (SELECT u.* FROM "User" u WHERE ${where} ORDER BY u."name" ASC, u."id" ASC LIMIT ${PAGE_SIZE} OFFSET 0) u
     JOIN "PatientProfile" p ON p."userId" = u."id" ${ACTIVE_EPISODE} LEFT JOIN "EpisodeTrendSummary" s ON s."episodeId" = e."id"
     ORDER BY u."name" ASC, u."id" ASC`,
    params,
  );
  await pool.query(PAGE_ACTIVITY, [rows.map((row) => row.id), now]);
}

async function listFiltered(pool: pg.Pool, clinicId: string): Promise<void> {
  const now = new Date();
  const { rows: clinic } = await pool.query<{ acuteWeeks: number }>(`SELECT "acuteWeeks" FROM "Clinic" WHERE id = $1`, [clinicId]);
  const { from, to } = onsetRangeForPhase(LIST_FILTER.phase, todayIn("UTC", now), clinic[0]?.acuteWeeks);
  const where = `${SCOPE} AND e."onsetDate" >= $2::date AND e."onsetDate" <= $3::date`;
  const params = [clinicId, from, to];
  const { rows: counted } = await pool.query<{ total: number }>(`SELECT count(*)::int AS "total" FROM "User" u ${ACTIVE_EPISODE} WHERE ${where}`, params);
  if (!counted[0]?.total) return;
  const { rows } = await pool.query<{ id: string }>(
    `SELECT ${COLUMNS} FROM "User" u JOIN "PatientProfile" p ON p."userId" = u."id" ${ACTIVE_EPISODE}
     LEFT JOIN "EpisodeTrendSummary" s ON s."episodeId" = e."id"
     WHERE ${where} ORDER BY u."name" ASC, u."id" ASC LIMIT ${PAGE_SIZE} OFFSET 0`,
    params,
  );
  await pool.query(PAGE_ACTIVITY, [rows.map((row) => row.id), now.toISOString()]);
}

const CHECK_IN_COLUMNS = `c.id, c.date::text AS date, c."painNow", c."painAreas", c."painSide", c."belowKnee", c.numbness, c.weakness,
  c."activityMinutes", c."sleepDisturbed", c."tookPainMedicine", c.note, c."redFlags", c."pegPain", c."pegEnjoyment", c."pegActivity",
  c."createdAt", c."updatedAt"`;

async function trendRead(pool: pg.Pool, patientId: string): Promise<void> {
  const { rows } = await pool.query<{ onsetDate: string | null }>(
    `SELECT p."timeZone", cl."acuteWeeks", e."onsetDate"::text AS "onsetDate"
     FROM "PatientProfile" p JOIN "User" u ON u.id = p."userId" JOIN "Clinic" cl ON cl.id = u."clinicId"
     LEFT JOIN LATERAL (SELECT ep."onsetDate" FROM "Episode" ep WHERE ep."patientId" = p."userId" AND ep.status = 'ACTIVE' ORDER BY ep."onsetDate" DESC LIMIT 1) e ON TRUE
     WHERE p."userId" = $1`,
    [patientId],
  );
  const onset = rows[0]?.onsetDate;
  if (!onset) return;
  await Promise.all([
    pool.query(`SELECT ${CHECK_IN_COLUMNS} FROM "CheckIn" c WHERE c."patientId" = $1 AND c.date >= $2::date ORDER BY c.date ASC`, [patientId, onset]),
    pool.query(
      `SELECT v.number, v."effectiveFrom", pl.title FROM "ExercisePlanVersion" v JOIN "ExercisePlan" pl ON pl.id = v."planId"
       WHERE pl."patientId" = $1 AND v."effectiveFrom" >= $2::date ORDER BY v."effectiveFrom" ASC, v.number ASC`,
      [patientId, onset],
    ),
  ]);
}

/** The check-in save's statements in one transaction: lock, replay check, upsert, submission key, the episode's summary. */
async function checkInUpsert(pool: pg.Pool, patient: { id: string; timeZone: string }, painNow: number): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const requestId = randomUUID();
    await client.query(`SELECT "userId", "timeZone" FROM "PatientProfile" WHERE "userId" = $1 FOR NO KEY UPDATE`, [patient.id]);
    await client.query(`SELECT "checkInId" FROM "CheckInSubmission" WHERE "requestId" = $1`, [requestId]);
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO "CheckIn" (id, "patientId", "episodeId", date, "painNow", "painAreas", "activityMinutes", "sleepDisturbed", note, "redFlags", "updatedAt")
       VALUES ($1, $2, (SELECT id FROM "Episode" WHERE "patientId" = $2 AND status = 'ACTIVE' ORDER BY "onsetDate" DESC LIMIT 1),
               $3::date, $4, '{LOWER_BACK}', 30, $5, 'Load test', '{}', now())
       ON CONFLICT ("patientId", date) DO UPDATE SET "painNow" = EXCLUDED."painNow", "painAreas" = EXCLUDED."painAreas",
         "activityMinutes" = EXCLUDED."activityMinutes", "sleepDisturbed" = EXCLUDED."sleepDisturbed", note = EXCLUDED.note,
         "redFlags" = EXCLUDED."redFlags", "updatedAt" = now()
       RETURNING id`,
      [randomUUID(), patient.id, todayIn(patient.timeZone), painNow, painNow > 6],
    );
    await client.query(`INSERT INTO "CheckInSubmission" ("requestId", "checkInId") VALUES ($1, $2)`, [requestId, rows[0]!.id]);
    const { rows: episodes } = await client.query<{ id: string; onset: TCalendarDate }>(
      `SELECT id, "onsetDate"::text AS onset FROM "Episode" WHERE "patientId" = $1 AND status = 'ACTIVE' ORDER BY "onsetDate" DESC LIMIT 1`,
      [patient.id],
    );
    const episode = episodes[0];
    if (episode) {
      const { rows: checkIns } = await client.query<{ date: TCalendarDate; painNow: number }>(
        `SELECT date::text AS date, "painNow" FROM "CheckIn" WHERE "patientId" = $1 AND date >= $2::date ORDER BY date ASC`,
        [patient.id, episode.onset],
      );
      const summary = toSummaryColumns(summarizeEpisode(episode.onset, checkIns.map((row) => ({ ...row, pegScore: null }))));
      await client.query(
        `INSERT INTO "EpisodeTrendSummary" ("episodeId", "checkIns", "lastCheckInDate", "baselineWeek", "baselineMean", "latestWeek", "latestMean", "latestChange", recent, "ruleVersion", "updatedAt")
         VALUES ($1, $2, $3::date, $4, $5, $6, $7, $8::"TrendChange", $9::jsonb, $10, now())
         ON CONFLICT ("episodeId") DO UPDATE SET "checkIns" = EXCLUDED."checkIns", "lastCheckInDate" = EXCLUDED."lastCheckInDate",
           "baselineWeek" = EXCLUDED."baselineWeek", "baselineMean" = EXCLUDED."baselineMean", "latestWeek" = EXCLUDED."latestWeek",
           "latestMean" = EXCLUDED."latestMean", "latestChange" = EXCLUDED."latestChange", recent = EXCLUDED.recent, "ruleVersion" = EXCLUDED."ruleVersion", "updatedAt" = now()`,
        [
          episode.id,
          summary.checkIns,
          summary.lastCheckInDate?.toISOString().slice(0, 10) ?? null,
          summary.baselineWeek,
          summary.baselineMean,
          summary.latestWeek,
          summary.latestMean,
          summary.latestChange,
          JSON.stringify(summary.recent),
          summary.ruleVersion,
        ],
      );
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

export async function runBaseline(
  key: TBaselineKey,
  context: TBaselineContext,
  options: { connections: number; durationSeconds: number; warmupSeconds: number },
): Promise<TLoadFigures> {
  // One pooled connection per concurrent caller, so the pool never queues.
  const pool = new pg.Pool({ connectionString: context.url, max: options.connections });
  // An idle connection cut by the server (the database dropped on Ctrl-C) is not this run's error.
  pool.on("error", () => {});
  try {
    const { rows } = await pool.query<{ id: string }>(`SELECT id FROM "UserSession" ORDER BY "createdAt" DESC LIMIT 1`);
    const task = taskFor(key, pool, context, rows[0]?.id ?? "none");
    return await runClosedLoop({ ...options, task });
  } finally {
    await pool.end();
  }
}

function taskFor(key: TBaselineKey, pool: pg.Pool, context: TBaselineContext, sessionId: string): (worker: number, iteration: number) => Promise<void> {
  switch (key) {
    case "session":
      return () => sessionRead(pool, sessionId);
    case "list-first-page":
      return () => listByName(pool, context.clinicId, null);
    case "list-search":
      return () => listByName(pool, context.clinicId, context.search);
    case "list-filtered":
      return () => listFiltered(pool, context.clinicId);
    case "trend":
      return () => trendRead(pool, context.trendPatientId);
    case "check-in":
      return (_worker, iteration) => checkInUpsert(pool, context.checkInPatients[iteration % context.checkInPatients.length]!, iteration % 11);
  }
}
