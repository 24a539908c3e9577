import { Prisma } from "../db/generated/client";
import { patientScopeSql, requireRole } from "../auth/access";
import type { Viewer } from "../auth/viewer-types";
import { CONDITION_LABELS } from "../conditions/conditions";
import { fromDbDate, todayIn, type CalendarDate } from "../dates/calendar-date";
import type { Database } from "../db/client";
import type { Condition } from "../db/generated/enums";
import { episodePhase, onsetRangeForPhase, type EpisodePhase } from "../trends/phase";
import { PATIENT_LIST_PAGE_SIZE, ZPatientListQuery, type PatientListQuery } from "./patient-list-query";

export interface PatientListRow {
  id: string;
  name: string;
  email: string;
  hasSignedUp: boolean;
  /** Of the active episode; null (with everything below) when the patient has none. */
  onsetDate: CalendarDate | null;
  /** Days from onset to today in the patient's time zone (negative for an onset still to come). */
  daysSinceOnset: number | null;
  primaryCondition: Condition | null;
  /** On today's date in the patient's time zone, with the clinic's acute/subacute split. */
  phase: EpisodePhase | null;
}

export interface PatientListPage {
  patients: PatientListRow[];
  /** Patients matching the search and filters, over all pages. */
  total: number;
  /** The page answered: the one asked for, or the last one when that is past the end. */
  page: number;
  pageSize: number;
}

interface RawRow {
  id: string;
  name: string;
  email: string;
  hasSignedUp: boolean;
  timeZone: string;
  onsetDate: Date | null;
  primaryCondition: Condition | null;
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
    SELECT ep."onsetDate", ep."primaryCondition"
    FROM "Episode" ep
    WHERE ep."patientId" = u."id" AND ep."status" = 'ACTIVE'
    ORDER BY ep."onsetDate" DESC, ep."createdAt" DESC
    LIMIT 1
  ) e ON TRUE`;

/**
 * One page of the clinician's patient list: search, filters, sorting and
 * paging as in `input` (parsed with ZPatientListQuery, so junk means the
 * defaults). Two queries, whatever the clinic's size: a count, then the
 * page. Raw SQL because Prisma cannot order patients by a field of their
 * episodes (a to-many relation), and ordering from the Episode side would drop
 * the patients who have no active episode.
 *
 * Not audit-logged: a list of names is not a read of any one patient's record
 * (opening a record is, in getPatientRecord).
 */
export async function listClinicPatients(
  db: Database,
  viewer: Viewer,
  input: Partial<Record<keyof PatientListQuery, unknown>> = {},
  now: Date = new Date(),
): Promise<PatientListPage> {
  requireRole(viewer, "CLINICIAN");
  const query = ZPatientListQuery.parse(input);
  const { acuteWeeks } = await db.clinic.findUniqueOrThrow({ where: { id: viewer.clinicId }, select: { acuteWeeks: true } });
  const where = whereSql(viewer, query, acuteWeeks, now);
  const filtersOnEpisode = Boolean(query.phase || query.condition);

  // Scoped by patientScopeSql, the raw-SQL twin of patientScope. The episode
  // is looked up for every matching patient only when a filter or the sort
  // needs it; otherwise the page is cut from "User" by its (clinicId, role,
  // name) index first, and only its 25 rows meet their profile and episode.
  const [counted] = await db.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS "total" FROM "User" u ${filtersOnEpisode ? ACTIVE_EPISODE : Prisma.empty}
    WHERE ${where}`;
  const total = counted?.total ?? 0;
  const lastPage = Math.max(1, Math.ceil(total / PATIENT_LIST_PAGE_SIZE));
  const page = Math.min(query.page, lastPage);
  if (total === 0) return { patients: [], total, page, pageSize: PATIENT_LIST_PAGE_SIZE };

  const columns = Prisma.sql`u."id", u."name", u."email", (u."passwordHash" IS NOT NULL) AS "hasSignedUp", p."timeZone",
    e."onsetDate", e."primaryCondition"::text AS "primaryCondition"`;
  const limit = Prisma.sql`LIMIT ${PATIENT_LIST_PAGE_SIZE} OFFSET ${(page - 1) * PATIENT_LIST_PAGE_SIZE}`;
  const rows =
    filtersOnEpisode || query.sort !== "name"
      ? await db.$queryRaw<RawRow[]>`
          SELECT ${columns} FROM "User" u JOIN "PatientProfile" p ON p."userId" = u."id" ${ACTIVE_EPISODE}
          WHERE ${where} ORDER BY ${orderBySql(query)} ${limit}`
      : await db.$queryRaw<RawRow[]>`
          SELECT ${columns} FROM (SELECT * FROM "User" u WHERE ${where} ORDER BY ${orderBySql(query)} ${limit}) u
          JOIN "PatientProfile" p ON p."userId" = u."id" ${ACTIVE_EPISODE}
          ORDER BY ${orderBySql(query)}`;
  return { patients: rows.map((row) => toListRow(row, acuteWeeks, now)), total, page, pageSize: PATIENT_LIST_PAGE_SIZE };
}

function whereSql(viewer: Viewer, query: PatientListQuery, acuteWeeks: number, now: Date): Prisma.Sql {
  const conditions = [patientScopeSql(viewer)];
  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`;
    conditions.push(Prisma.sql`(u."name" ILIKE ${pattern} OR u."email" ILIKE ${pattern})`);
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
  return Prisma.join(conditions, " AND ");
}

function orderBySql({ sort, dir }: PatientListQuery): Prisma.Sql {
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
    default:
      return Prisma.sql`u."name" ${direction}, u."id" ${direction}`;
  }
}

/** `text` for a LIKE pattern that matches it literally (backslash is PostgreSQL's default LIKE escape). */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

function toListRow(row: RawRow, acuteWeeks: number, now: Date): PatientListRow {
  const base = { id: row.id, name: row.name, email: row.email, hasSignedUp: row.hasSignedUp };
  if (!row.onsetDate || !row.primaryCondition) return { ...base, onsetDate: null, daysSinceOnset: null, primaryCondition: null, phase: null };
  const onsetDate = fromDbDate(row.onsetDate);
  const today = todayIn(row.timeZone, now);
  return {
    ...base,
    onsetDate,
    daysSinceOnset: Math.round((Date.parse(today) - Date.parse(onsetDate)) / 86_400_000),
    primaryCondition: row.primaryCondition,
    phase: episodePhase(onsetDate, today, acuteWeeks),
  };
}
