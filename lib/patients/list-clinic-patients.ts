import { Prisma } from "../db/generated/client";
import { patientScopeSql, requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import { recordAudit } from "../audit/record-audit";
import { CONDITION_LABELS } from "../conditions/conditions";
import { addDays, fromDbDate, todayIn, type TCalendarDate } from "../dates/calendar-date";
import type { TDatabase } from "../db/client";
import type { Condition } from "../db/generated/enums";
import { isInPlanWeek } from "../plans/plan-item-weeks";
import { episodePhase, onsetRangeForPhase, type TEpisodePhase } from "../trends/phase";
import { getClinicAcuteWeeks } from "../episodes/get-clinic-acute-weeks";
import { fromSummaryRow, type TStoredSummaryRow } from "../episodes/read-episode-summary";
import { daysBetween, planWeekOn } from "../dates/calendar-days";
import { CHRONICITY_RISK_DAYS, SETTLED_PAIN_MAX } from "../trends/chronicity-risk";
import { summarizeEpisode, trendOnDay } from "../trends/episode-summary";
import type { TTrendDirection } from "../trends/theil-sen";
import type { TRedFlagLevel } from "../red-flags/red-flags";
import { CHARTED_FUNCTION_INSTRUMENT, summarizeFunction } from "../questionnaires/function-summary";
import type { TInstrument } from "../questionnaires/instrument-schema";
import { findInstrument } from "../questionnaires/load-instruments";
import type { TFunctionChange } from "../questionnaires/score";
import { PATIENT_LIST_PAGE_SIZE, ZPatientListQuery, type TAlertFilter, type TFunctionChangeFilter, type TPatientListQuery } from "./patient-list-query";

export interface TPatientListRow {
  id: string;
  name: string;
  email: string;
  hasSignedUp: boolean;
  /** False once a clinician deactivated the account: the record is kept, the patient cannot sign in. */
  active: boolean;
  /** Of the active episode; null (with everything below) when the patient has none. */
  onsetDate: TCalendarDate | null;
  /** Days from onset to today in the patient's time zone (negative for an onset still to come). */
  daysSinceOnset: number | null;
  primaryCondition: Condition | null;
  /** On today's date in the patient's time zone, with the clinic's acute/subacute split. */
  phase: TEpisodePhase | null;
  /** The newest check-in: its date, pain now (0-10) and days from it to today; null when the patient has none. */
  lastCheckIn: { date: TCalendarDate; painNow: number; daysAgo: number } | null;
  /** The active episode's trend on today (lib/trends, from the stored EpisodeTrendSummary); null without an active episode. */
  trend: TPatientListTrend | null;
  /** No check-in in the last 7 days (today and the 6 before, in the patient's time zone), or none ever: what `quiet=1` lists. */
  quiet: boolean;
  /** Exercise adherence over the last 7 days (see weeklyPrescription); null without a current plan. */
  exercises: TExerciseAdherence | null;
  /** A red-flag alert no clinician has marked reviewed: what `alert=any` lists. */
  unreviewedRedFlag: boolean;
  /** The most pressing level among those open alerts: what `alert=emergency` and `alert=urgent` list; null without one. */
  redFlagLevel: TRedFlagLevel | null;
  /** The episode's latest PSFS against its first: what `functionChange` filters by; null with fewer than two scores. */
  functionChange: TPatientListFunctionChange | null;
}

/** The latest function change, judged by the instrument's own minimal important change (lib/questionnaires/score.ts). */
export interface TPatientListFunctionChange {
  shortTitle: string;
  baseline: number;
  latest: number;
  /** latest minus baseline, 1 decimal. */
  change: number;
  classification: TFunctionChange;
}

/**
 * Exercises marked done in the last 7 days (today and the 6 before), against
 * a week's prescription: the days a week of the current plan's items due in
 * the current plan week, in the version in effect today. Both count item-days
 * (a patient marks an item once a day, however many times a day it is
 * prescribed). An approximation: the 7 days can straddle two plan weeks, two
 * versions or (when a plan replaced another this week) two plans, and every
 * mark in them counts, so done can exceed prescribed (an exercise that ended a
 * few days ago), and a plan that started 2 days ago is measured against a
 * whole week.
 */
export interface TExerciseAdherence {
  done: number;
  prescribed: number;
}

/** The same answers as the trend engine gives on the patient's page. */
export interface TPatientListTrend {
  /** The latest episode week with check-ins and its mean pain; null without check-ins since onset. */
  latestWeek: { week: number; meanPain: number } | null;
  /** Theil-Sen direction over the last 28 days. */
  direction: TTrendDirection;
  /** 6 weeks or more since onset without a clinically important improvement, and the latest weekly mean above 1. */
  chronicityRisk: boolean;
  /** The latest week is clearly worse than the first. */
  worsening: boolean;
}

export interface TPatientListPage {
  patients: TPatientListRow[];
  /** Patients matching the search and filters, over all pages. */
  total: number;
  /** The page answered: the one asked for, or the last one when that is past the end. */
  page: number;
  pageSize: number;
}

interface RawRow extends Partial<TStoredSummaryRow> {
  id: string;
  name: string;
  email: string;
  hasSignedUp: boolean;
  active: boolean;
  timeZone: string;
  onsetDate: Date | null;
  primaryCondition: Condition | null;
  /** The episode's EpisodeTrendSummary was found (its columns are then set). */
  hasSummary: boolean;
  /** The episode's PSFS scores (FUNCTION_CHANGE): how many, and the first and latest with their dates. */
  functionCount: number | null;
  functionBaseline: number | null;
  functionBaselineOn: Date | null;
  functionLatest: number | null;
  functionLatestOn: Date | null;
}

/** What the page's patients have done lately (pageActivity). */
interface ActivityRow {
  id: string;
  lastDate: Date | null;
  lastPain: number | null;
  redFlagLevel: TRedFlagLevel | null;
  planStart: Date | null;
  /** The items of the current plan's version in effect today; null without one. */
  planItems: { daysPerWeek: number; fromWeek: number; toWeek: number | null }[] | null;
  exercisesDone: number;
}

/** Conditions in the order of the names clinicians read, so "sort by condition" is alphabetical on screen. */
const CONDITIONS_BY_LABEL = (Object.keys(CONDITION_LABELS) as Condition[]).sort((a, b) => CONDITION_LABELS[a].localeCompare(CONDITION_LABELS[b], "en"));

/*
 * The active episode of the patient in `u` (the latest by onset, should a
 * patient ever have two), as `e`. A LEFT JOIN, so a patient without an active
 * episode is still listed (and found by name).
 */
const ACTIVE_EPISODE = Prisma.sql`
  LEFT JOIN LATERAL (
    SELECT ep."id", ep."onsetDate", ep."primaryCondition"
    FROM "Episode" ep
    WHERE ep."patientId" = u."id" AND ep."status" IN ('ACTIVE', 'DISCHARGED')
    ORDER BY ep."status" ASC, ep."onsetDate" DESC, ep."createdAt" DESC
    LIMIT 1
  ) e ON TRUE`;

/** The stored trend summary of the active episode `e`, as `s` (a primary-key probe; none without an episode). */
const TREND_SUMMARY = Prisma.sql`LEFT JOIN "EpisodeTrendSummary" s ON s."episodeId" = e."id"`;

/*
 * The charted function instrument's (PSFS) scores in the episode `e`, as `fc`:
 * how many, the first and the latest, in the order getQuestionnaires reads
 * them (completedOn, then createdAt). An index probe of QuestionnaireResponse's
 * (patientId, instrumentId, completedOn) per patient.
 */
const FUNCTION_CHANGE = Prisma.sql`
  LEFT JOIN LATERAL (
    SELECT count(*)::int AS "count",
      (array_agg(q."score" ORDER BY q."completedOn" ASC, q."createdAt" ASC))[1] AS "baseline",
      (array_agg(q."completedOn" ORDER BY q."completedOn" ASC, q."createdAt" ASC))[1] AS "baselineOn",
      (array_agg(q."score" ORDER BY q."completedOn" DESC, q."createdAt" DESC))[1] AS "latest",
      (array_agg(q."completedOn" ORDER BY q."completedOn" DESC, q."createdAt" DESC))[1] AS "latestOn"
    FROM "QuestionnaireResponse" q
    WHERE q."patientId" = u."id" AND q."instrumentId" = ${CHARTED_FUNCTION_INSTRUMENT} AND q."episodeId" = e."id"
  ) fc ON TRUE`;

/*
 * The date of the patient in `u`'s latest check-in, as `lc`: for sorting by
 * it. An index-only probe of CheckIn's (patientId, date) per patient.
 */
const LAST_CHECK_IN = Prisma.sql`
  LEFT JOIN LATERAL (
    SELECT max(c."date") AS "date" FROM "CheckIn" c WHERE c."patientId" = u."id"
  ) lc ON TRUE`;

/*
 * The open red-flag alerts of the patient in `u`, as `ra`: the most pressing
 * level (the enum sorts in its declared order, EMERGENCY first) and the
 * newest time raised, for sorting by red flag. An index probe of RedFlagAlert's
 * (patientId, reviewedAt) per patient.
 */
const OPEN_ALERTS = Prisma.sql`
  LEFT JOIN LATERAL (
    SELECT min(a."level") AS "level", max(a."raisedAt") AS "raisedAt"
    FROM "RedFlagAlert" a WHERE a."patientId" = u."id" AND a."reviewedAt" IS NULL
  ) ra ON TRUE`;

/** Today's date in the time zone of the patient whose profile is `profile` (a table alias), as SQL. */
function localTodaySql(profile: string, now: Date): Prisma.Sql {
  return Prisma.sql`(${now}::timestamptz AT TIME ZONE ${Prisma.raw(`${profile}."timeZone"`)})::date`;
}

/**
 * One page of the clinician's patient list: search, filters, sorting and
 * paging as in `input` (parsed with ZPatientListQuery, so junk means the
 * defaults). Three queries, whatever the clinic's size: a count, the page,
 * then what the page's (at most 25) patients did lately. Raw SQL because
 * Prisma cannot order patients by a field of their episodes (a to-many
 * relation), and ordering from the Episode side would drop the patients who
 * have no active episode.
 *
 * Not audit-logged: a list of names is not a read of any one patient's record
 * (opening a record is, in getPatientRecord).
 */
export async function listClinicPatients(
  db: TDatabase,
  viewer: TViewer,
  input: Partial<Record<keyof TPatientListQuery, unknown>> = {},
  now: Date = new Date(),
): Promise<TPatientListPage> {
  requireRole(viewer, "CLINICIAN");
  const query = ZPatientListQuery.parse(input);
  const acuteWeeks = await getClinicAcuteWeeks(db, viewer);
  const where = whereSql(viewer, query, acuteWeeks, now);
  const filtersOnTrend = Boolean(query.risk || query.worse);
  const filtersOnEpisode = Boolean(query.phase || query.condition || filtersOnTrend || query.functionChange);

  // The quiet filter reads each patient's time zone: the profile joins every query then (a hash join, cheaper than a lookup per patient).
  const profile = query.quiet ? Prisma.sql`JOIN "PatientProfile" p ON p."userId" = u."id"` : Prisma.empty;

  // Scoped by patientScopeSql, the raw-SQL twin of patientScope. The episode
  // (or the latest check-in) is looked up for every matching patient only
  // when a filter or the sort needs it; otherwise the page is cut from "User"
  // by its (clinicId, role, name) index first, and only its 25 rows meet their
  // profile and episode. The alert and quiet filters are EXISTS conditions in
  // the WHERE (whereSql), so the count applies them too.
  const [counted] = await db.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS "total" FROM "User" u ${profile} ${filtersOnEpisode ? ACTIVE_EPISODE : Prisma.empty}
    ${filtersOnTrend ? TREND_SUMMARY : Prisma.empty}
    ${query.functionChange ? FUNCTION_CHANGE : Prisma.empty}
    WHERE ${where}`;
  const total = counted?.total ?? 0;
  const lastPage = Math.max(1, Math.ceil(total / PATIENT_LIST_PAGE_SIZE));
  const page = Math.min(query.page, lastPage);
  if (total === 0) {
    await recordListPage(db, viewer, query, page, []);
    return { patients: [], total, page, pageSize: PATIENT_LIST_PAGE_SIZE };
  }

  const columns = Prisma.sql`u."id", u."name", COALESCE(u."invitedEmail", u."email") AS "email", (u."passwordHash" IS NOT NULL) AS "hasSignedUp", u."active", p."timeZone",
    e."onsetDate", e."primaryCondition"::text AS "primaryCondition",
    (s."episodeId" IS NOT NULL) AS "hasSummary", s."checkIns", s."lastCheckInDate", s."baselineWeek", s."baselineMean",
    s."latestWeek", s."latestMean", s."latestChange"::text AS "latestChange", s."recent",
    fc."count" AS "functionCount", fc."baseline" AS "functionBaseline", fc."baselineOn" AS "functionBaselineOn", fc."latest" AS "functionLatest", fc."latestOn" AS "functionLatestOn"`;
  const limit = Prisma.sql`LIMIT ${PATIENT_LIST_PAGE_SIZE} OFFSET ${(page - 1) * PATIENT_LIST_PAGE_SIZE}`;
  const rows =
    filtersOnEpisode || query.sort !== "name"
      ? await db.$queryRaw<RawRow[]>`
          SELECT ${columns} FROM "User" u JOIN "PatientProfile" p ON p."userId" = u."id" ${ACTIVE_EPISODE} ${TREND_SUMMARY} ${FUNCTION_CHANGE}
          ${query.sort === "lastCheckIn" ? LAST_CHECK_IN : Prisma.empty}
          ${query.sort === "redFlag" ? OPEN_ALERTS : Prisma.empty}
          WHERE ${where} ORDER BY ${orderBySql(query)} ${limit}`
      : await db.$queryRaw<RawRow[]>`
          SELECT ${columns} FROM (SELECT u.* FROM "User" u ${profile} WHERE ${where} ORDER BY ${orderBySql(query)} ${limit}) u
          JOIN "PatientProfile" p ON p."userId" = u."id" ${ACTIVE_EPISODE} ${TREND_SUMMARY} ${FUNCTION_CHANGE}
          ORDER BY ${orderBySql(query)}`;
  const activity = await pageActivity(db, rows.map((row) => row.id), now);
  await recordListPage(db, viewer, query, page, rows.map((row) => row.id));
  const instrument = findInstrument(CHARTED_FUNCTION_INSTRUMENT);
  return { patients: rows.map((row) => toListRow(row, activity.get(row.id), acuteWeeks, now, instrument)), total, page, pageSize: PATIENT_LIST_PAGE_SIZE };
}

/**
 * One audit event per page answered, naming the patients on it. The filters
 * are kept; the search text is not (staff type names into it), only whether
 * there was one.
 */
async function recordListPage(db: TDatabase, viewer: TViewer, query: TPatientListQuery, page: number, patientIds: string[]): Promise<void> {
  const { q, ...filters } = query;
  await recordAudit(db, viewer, { action: "patients.list", subjectIds: patientIds, detail: { ...filters, page, searched: q !== "" } });
}

/**
 * Check-ins, alerts and exercise logs of the page's patients (ids from the
 * page query, already in the viewer's scope), in one query: each lookup is an
 * index probe per patient, so its cost is the page's size, not the clinic's.
 * "Today" is each patient's own date, in their time zone.
 */
async function pageActivity(db: TDatabase, patientIds: string[], now: Date): Promise<Map<string, ActivityRow>> {
  if (patientIds.length === 0) return new Map();
  const rows = await db.$queryRaw<ActivityRow[]>`
    SELECT p."userId" AS "id", last."date" AS "lastDate", last."painNow" AS "lastPain",
      (SELECT min(a."level")::text FROM "RedFlagAlert" a WHERE a."patientId" = p."userId" AND a."reviewedAt" IS NULL) AS "redFlagLevel",
      plan."startDate" AS "planStart",
      (SELECT json_agg(json_build_object('daysPerWeek', i."daysPerWeek", 'fromWeek', i."fromWeek", 'toWeek', i."toWeek"))
        FROM "ExercisePlanItem" i WHERE i."versionId" = version."id") AS "planItems",
      (SELECT count(*)::int FROM "ExerciseLog" l
        WHERE l."patientId" = p."userId" AND l."date" BETWEEN t."today" - 6 AND t."today" AND l."outcome" = 'DONE') AS "exercisesDone"
    FROM "PatientProfile" p
    CROSS JOIN LATERAL (SELECT ${localTodaySql("p", now)} AS "today") t
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
    WHERE p."userId" = ANY(${patientIds}::text[])`;
  return new Map(rows.map((row) => [row.id, row]));
}

/**
 * A week's prescription of the current plan on `today`: the days a week of
 * its items in the current plan week (ExerciseAdherence says what this
 * approximates). 0 before the plan starts.
 */
export function weeklyPrescription(items: readonly { daysPerWeek: number; fromWeek: number; toWeek: number | null }[], planStart: TCalendarDate, today: TCalendarDate): number {
  const week = planWeekOn(planStart, today);
  return items.filter((item) => isInPlanWeek(item, week)).reduce((total, item) => total + item.daysPerWeek, 0);
}

function whereSql(viewer: TViewer, query: TPatientListQuery, acuteWeeks: number, now: Date): Prisma.Sql {
  const conditions = [patientScopeSql(viewer)];
  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`;
    conditions.push(Prisma.sql`(u."name" ILIKE ${pattern} OR COALESCE(u."invitedEmail", u."email") ILIKE ${pattern})`);
  }
  if (query.phase) {
    // The filter takes "today" in UTC, while the Phase column uses each
    // patient's own time zone. A local date is never more than one day from
    // the UTC date, so the two can disagree only for a patient whose episode
    // crosses a phase boundary that very day, and only for part of it; one
    // filter for the whole clinic keeps the query a plain range on onsetDate
    // instead of a date computed per row in SQL.
    // Every range has a bound, so a patient without an active episode (onset NULL) has no phase and is left out.
    const { from, to } = onsetRangeForPhase(query.phase, todayIn("UTC", now), acuteWeeks);
    if (from) conditions.push(Prisma.sql`e."onsetDate" >= ${from}::date`);
    if (to) conditions.push(Prisma.sql`e."onsetDate" <= ${to}::date`);
  }
  if (query.condition) conditions.push(Prisma.sql`e."primaryCondition"::text = ${query.condition}`);
  if (query.alert) conditions.push(alertFilterSql(query.alert));
  // Like the phase filter, "6 weeks since onset" is counted to today in UTC (see there); the row's own flag uses the patient's date.
  if (query.risk) {
    const riskFrom = addDays(todayIn("UTC", now), -CHRONICITY_RISK_DAYS);
    conditions.push(
      Prisma.sql`e."onsetDate" <= ${riskFrom}::date AND s."latestChange" IN ('WORSENED', 'NO_IMPORTANT_CHANGE') AND s."latestMean" > ${SETTLED_PAIN_MAX}`,
    );
  }
  if (query.worse) conditions.push(Prisma.sql`s."latestChange" = 'WORSENED'`);
  if (query.functionChange) conditions.push(functionChangeFilterSql(query.functionChange, findInstrument(CHARTED_FUNCTION_INSTRUMENT)));
  if (query.quiet) {
    // The same 7 days as the row's `quiet`: today and the 6 before, in the patient's own time zone (p: listClinicPatients joins the profile).
    conditions.push(Prisma.sql`NOT EXISTS (SELECT 1 FROM "CheckIn" c WHERE c."patientId" = u."id" AND c."date" >= ${localTodaySql("p", now)} - 6)`);
  }
  return Prisma.join(conditions, " AND ");
}

/**
 * Patients with an open alert (any), or whose most pressing open alert is at
 * this level: the same rule as the row's redFlagLevel, so a patient with an
 * open emergency and an open urgent alert is listed under emergency only.
 */
function alertFilterSql(filter: TAlertFilter): Prisma.Sql {
  const open = (level: "EMERGENCY" | "URGENT" | null) =>
    Prisma.sql`EXISTS (SELECT 1 FROM "RedFlagAlert" a WHERE a."patientId" = u."id" AND a."reviewedAt" IS NULL${level ? Prisma.sql` AND a."level" = ${level}::"RedFlagLevel"` : Prisma.empty})`;
  switch (filter) {
    case "emergency":
      return open("EMERGENCY");
    case "urgent":
      return Prisma.sql`${open("URGENT")} AND NOT ${open("EMERGENCY")}`;
    default:
      return open(null);
  }
}

/**
 * The function filter on `fc` (FUNCTION_CHANGE), by the same rule as the
 * row's classification (classifyFunctionChange): the change towards better of
 * at least the minimal important change, less a hair for floating point, in the
 * same double-precision arithmetic. Fewer than two scores: in neither.
 */
function functionChangeFilterSql(filter: TFunctionChangeFilter, instrument: TInstrument | undefined): Prisma.Sql {
  if (!instrument || instrument.importantChange.kind !== "change") return Prisma.sql`FALSE`;
  const towardsBetter = instrument.higherIsBetter ? Prisma.sql`(fc."latest" - fc."baseline")` : Prisma.sql`(fc."baseline" - fc."latest")`;
  const threshold = instrument.importantChange.points - 1e-9;
  return filter === "improved"
    ? Prisma.sql`fc."count" >= 2 AND ${towardsBetter} >= ${threshold}::float8`
    : Prisma.sql`fc."count" >= 2 AND ${towardsBetter} < ${threshold}::float8`;
}

function orderBySql({ sort, dir }: TPatientListQuery): Prisma.Sql {
  const direction = Prisma.raw(dir === "desc" ? "DESC" : "ASC");
  // Name and id break ties, so paging is stable; patients without an active episode come last either way.
  const byName = Prisma.sql`u."name" ASC, u."id" ASC`;
  switch (sort) {
    case "condition":
      return Prisma.sql`array_position(ARRAY[${Prisma.join(CONDITIONS_BY_LABEL)}]::text[], e."primaryCondition"::text) ${direction} NULLS LAST, ${byName}`;
    case "onset": {
      // Ascending is by time since onset, shortest first: the latest onset (acute) first.
      const byOnsetDate = Prisma.raw(dir === "desc" ? "ASC" : "DESC");
      return Prisma.sql`e."onsetDate" ${byOnsetDate} NULLS LAST, ${byName}`;
    }
    case "redFlag": {
      // Ascending is the most pressing first (emergency, then urgent), the newest alert first within a level; patients without an open alert come last either way.
      return Prisma.sql`ra."level" ${direction} NULLS LAST, ra."raisedAt" DESC NULLS LAST, ${byName}`;
    }
    case "lastCheckIn": {
      // Ascending is by time since the latest check-in, shortest first; patients who never checked in come last either way.
      const byDate = Prisma.raw(dir === "desc" ? "ASC" : "DESC");
      return Prisma.sql`lc."date" ${byDate} NULLS LAST, ${byName}`;
    }
    default:
      return Prisma.sql`u."name" ${direction}, u."id" ${direction}`;
  }
}

/** `text` for a LIKE pattern that matches it literally (backslash is PostgreSQL's default LIKE escape). */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

function toListRow(row: RawRow, activity: ActivityRow | undefined, acuteWeeks: number, now: Date, instrument: TInstrument | undefined): TPatientListRow {
  const today = todayIn(row.timeZone, now);
  const onsetDate = row.onsetDate && row.primaryCondition ? fromDbDate(row.onsetDate) : null;
  const lastDate = activity?.lastDate ? fromDbDate(activity.lastDate) : null;
  const lastCheckIn = lastDate && activity?.lastPain != null ? { date: lastDate, painNow: activity.lastPain, daysAgo: daysBetween(lastDate, today) } : null;
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    hasSignedUp: row.hasSignedUp,
    active: row.active,
    onsetDate,
    daysSinceOnset: onsetDate ? daysBetween(onsetDate, today) : null,
    primaryCondition: onsetDate ? row.primaryCondition : null,
    phase: onsetDate ? episodePhase(onsetDate, today, acuteWeeks) : null,
    lastCheckIn,
    trend: onsetDate ? listTrend(row, onsetDate, today, acuteWeeks) : null,
    quiet: lastCheckIn === null || lastCheckIn.daysAgo >= 7,
    // A plan whose first version starts later has nothing due yet: prescribed 0.
    exercises: activity?.planStart
      ? { done: activity.exercisesDone, prescribed: weeklyPrescription(activity.planItems ?? [], fromDbDate(activity.planStart), today) }
      : null,
    unreviewedRedFlag: Boolean(activity?.redFlagLevel),
    redFlagLevel: activity?.redFlagLevel ?? null,
    functionChange: instrument ? listFunctionChange(row, instrument) : null,
  };
}

/** The row's function change by the instrument's rule (summarizeFunction, as on the patient's page), from its first and latest score. */
function listFunctionChange(row: RawRow, instrument: TInstrument): TPatientListFunctionChange | null {
  if ((row.functionCount ?? 0) < 2 || row.functionBaseline == null || row.functionLatest == null || !row.functionBaselineOn || !row.functionLatestOn) return null;
  const summary = summarizeFunction(instrument, [
    { completedOn: fromDbDate(row.functionBaselineOn), score: row.functionBaseline },
    { completedOn: fromDbDate(row.functionLatestOn), score: row.functionLatest },
  ]);
  if (summary.change === null || summary.classification === null) return null;
  return { shortTitle: summary.shortTitle, baseline: row.functionBaseline, latest: row.functionLatest, change: summary.change, classification: summary.classification };
}

/** The row's trend on today from its stored summary; an episode without one has no check-ins to summarize yet. */
function listTrend(row: RawRow, onsetDate: TCalendarDate, today: TCalendarDate, acuteWeeks: number): TPatientListTrend {
  const summary = row.hasSummary ? fromSummaryRow(row as RawRow & TStoredSummaryRow) : summarizeEpisode(onsetDate, []);
  const { latest, direction, chronicityRisk, worsening } = trendOnDay(summary, onsetDate, today, acuteWeeks);
  return { latestWeek: latest && { week: latest.week, meanPain: latest.meanPain }, direction, chronicityRisk, worsening };
}
