import { z } from "zod";
import { Condition } from "../db/generated/enums";
import { EPISODE_PHASES } from "../trends/phase";

/*
 * The clinician's patient list lives in the URL (/patients?q=&phase=&condition=
 * &alert=&quiet=1&risk=1&worse=1&functionChange=&sort=&dir=&page=): the page is a plain GET form, links can be shared and the
 * back button works. The JSON API (GET /api/v1/patients) takes the same
 * parameters. A value that makes no sense falls back to its default instead of
 * failing: a hand-edited or stale link still shows a list.
 */

export const PATIENT_LIST_PAGE_SIZE = 25;
export const PATIENT_LIST_SORTS = ["name", "condition", "onset", "lastCheckIn", "redFlag"] as const;
/** The red-flag filter: patients whose most pressing open alert is at this level, or with any open alert. */
export const ALERT_FILTERS = ["emergency", "urgent", "any"] as const;
export const SORT_DIRECTIONS = ["asc", "desc"] as const;
/** The function filter: patients whose latest PSFS, against their first of the episode, shows an important improvement, or does not. */
export const FUNCTION_CHANGE_FILTERS = ["improved", "not-improved"] as const;
/** Longer searches are cut to this many characters (nobody's name or email needs more). */
export const MAX_SEARCH_LENGTH = 100;

export type TPatientListSort = (typeof PATIENT_LIST_SORTS)[number];
export type TSortDirection = (typeof SORT_DIRECTIONS)[number];
export type TAlertFilter = (typeof ALERT_FILTERS)[number];
export type TFunctionChangeFilter = (typeof FUNCTION_CHANGE_FILTERS)[number];

/**
 * `schema`, except that a value it refuses counts as absent (so its default
 * applies). A preprocess rather than zod's `.catch()`, which the OpenAPI
 * generator cannot describe.
 */
function lenient<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (schema.safeParse(value).success ? value : undefined), schema);
}

/**
 * A checkbox filter: the form sends 1; true, yes and on are taken too, 0 /
 * false / no / off mean no filter. A boolean is taken as it is, so a query
 * parsed once parses to the same again (the page and the API parse the URL,
 * and listClinicPatients parses what they hand it).
 */
function flag() {
  return z.preprocess((value) => (typeof value === "boolean" ? String(value) : value), lenient(z.stringbool().optional()));
}

/**
 * The red-flag filter: a level, "any", or as the checkbox of older links sent
 * it (1 / true / yes / on mean any; 0 / false / no / off, no filter).
 */
function alertFilter() {
  return z.preprocess((value) => {
    if (value === true) return "any";
    if (typeof value !== "string") return value;
    const word = value.trim().toLowerCase();
    if (["1", "true", "yes", "on"].includes(word)) return "any";
    return word;
  }, lenient(z.enum(ALERT_FILTERS).optional()));
}

export const ZPatientListQueryFields = z.object({
  q: lenient(
    z
      .string()
      // No name or email holds a NUL character, and PostgreSQL refuses one in a query: it goes.
      .overwrite((value) => value.replaceAll("\u0000", "").trim().slice(0, MAX_SEARCH_LENGTH))
      .default(""),
  ).describe("Part of the patient's name or email, any case."),
  phase: lenient(z.enum(EPISODE_PHASES).optional()).describe("Only patients whose active episode is in this phase."),
  condition: lenient(z.enum(Condition).optional()).describe("Only patients whose active episode has this primary condition."),
  alert: alertFilter().describe(
    "Only patients with a red-flag alert no clinician has reviewed: emergency or urgent (by their most pressing open alert, the level the list shows), or any (1 also means any).",
  ),
  quiet: flag().describe(
    "1: only patients without a check-in in the last 7 days (today and the 6 days before, in the patient's time zone), including those who never checked in.",
  ),
  risk: flag().describe(
    "1: only patients at risk of chronic pain: 6 weeks or more since onset, the latest week with check-ins not clearly better than the first and its mean above 1 (lib/trends).",
  ),
  worse: flag().describe("1: only patients whose latest week with check-ins is clearly worse than their first (a weekly mean 2 points or more higher)."),
  functionChange: lenient(z.enum(FUNCTION_CHANGE_FILTERS).optional()).describe(
    "Only patients with two or more PSFS scores in the episode whose latest, against the first, is improved by the minimal important change (2 points on the mean score) or more (improved), or is not (not-improved). Patients with fewer scores are in neither.",
  ),
  sort: lenient(z.enum(PATIENT_LIST_SORTS).optional()).describe(
    "name; condition (by its plain-language name); onset (by time since the pain began, so by phase); lastCheckIn (by the date of the latest check-in); redFlag (by the most pressing open red-flag alert, then the newest). Patients without an active episode (or, for lastCheckIn, without a check-in; for redFlag, without an open alert) come last. Default: redFlag when the alert filter is on, else name.",
  ),
  dir: lenient(z.enum(SORT_DIRECTIONS).default("asc")).describe(
    "asc: A to Z, the most recent onset (acute) first, the most recent check-in first, or emergency first. desc: the reverse.",
  ),
  page: lenient(z.coerce.number().int().min(1).default(1)).describe(
    `Page number, ${PATIENT_LIST_PAGE_SIZE} patients a page; a page past the last one answers the last page.`,
  ),
});

/** The order a list has when none is asked for: red flags by level when filtering by red flag, else by name. */
export function defaultSortFor(query: { alert?: TAlertFilter | undefined }): TPatientListSort {
  return query.alert ? "redFlag" : "name";
}

/** The query with its sort settled (the API's query parameters are ZPatientListQueryFields). */
export const ZPatientListQuery = ZPatientListQueryFields.transform((query) => ({ ...query, sort: query.sort ?? defaultSortFor(query) }));

export type TPatientListQuery = z.output<typeof ZPatientListQuery>;

export const DEFAULT_PATIENT_LIST_QUERY: TPatientListQuery = ZPatientListQuery.parse({});

type SearchParams = Record<string, string | string[] | undefined>;

/** The list query from a page's searchParams (a repeated parameter counts once, by its first value). */
export function parsePatientListQuery(params: SearchParams): TPatientListQuery {
  const first = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  return ZPatientListQuery.parse(first);
}

/** Whether the list is narrowed by a search or a filter (sorting and paging narrow nothing). */
export function hasPatientListFilters(query: TPatientListQuery): boolean {
  return Boolean(query.q || query.phase || query.condition || query.alert || query.quiet || query.risk || query.worse || query.functionChange);
}

/** The /patients link for `query` with `changes` applied; defaults are left out so links stay short. */
export function patientListHref(query: TPatientListQuery, changes: Partial<TPatientListQuery> = {}): string {
  const next: TPatientListQuery = { ...query, ...changes };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  if (next.phase) params.set("phase", next.phase);
  if (next.condition) params.set("condition", next.condition);
  if (next.alert) params.set("alert", next.alert);
  if (next.quiet) params.set("quiet", "1");
  if (next.risk) params.set("risk", "1");
  if (next.worse) params.set("worse", "1");
  if (next.functionChange) params.set("functionChange", next.functionChange);
  if (next.sort !== defaultSortFor(next)) params.set("sort", next.sort);
  if (next.dir !== DEFAULT_PATIENT_LIST_QUERY.dir) params.set("dir", next.dir);
  if (next.page !== 1) params.set("page", String(next.page));
  const search = params.toString();
  return search ? `/patients?${search}` : "/patients";
}
