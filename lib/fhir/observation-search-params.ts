import type { TCalendarDate } from "../dates/calendar-date";
import { PAIN_SEVERITY } from "./codes";
import { checkQueryParameters } from "./fhir-query";
import { invalidParameter } from "./operation-outcome";

export const OBSERVATION_SEARCH_PARAMETERS = ["patient", "code", "date", "_format"] as const;
export const DATE_PREFIXES = ["eq", "ne", "gt", "lt", "ge", "le"] as const;

export type TDatePrefix = (typeof DATE_PREFIXES)[number];
/** One date criterion: the prefix and the calendar days its value covers (a year, a month or a day). */
export type TDateCriterion = { prefix: TDatePrefix; start: TCalendarDate; end: TCalendarDate };

export interface TObservationSearch {
  patientId: string;
  /** False when `code` names no code the app records: the answer is then empty. */
  codeMatches: boolean;
  /** Each `date` parameter is one list of alternatives (comma-separated); all parameters must hold. */
  dates: TDateCriterion[][];
}

/** What FHIR R4 allows as a resource id. */
export const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;
const DATE_VALUE = /^([a-z]{2})?(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * The Observation search the app answers: one patient's pain scores, by
 * code (token, with or without system) and by date (calendar dates with the
 * prefixes eq, ne, gt, lt, ge, le; repeat the parameter to AND, separate values
 * with commas to OR). Anything else is refused with the parameter's name.
 */
export function parseObservationSearch(params: URLSearchParams): TObservationSearch {
  checkQueryParameters(params, OBSERVATION_SEARCH_PARAMETERS);
  return {
    patientId: parsePatient(params.getAll("patient")),
    codeMatches: params.getAll("code").every((value) => splitValues("code", value).some(isPainCode)),
    dates: params.getAll("date").map((value) => splitValues("date", value).map(parseDate)),
  };
}

function parsePatient(values: string[]): string {
  if (values.length === 0) throw invalidParameter("patient", "is required: give the patient's id, e.g. patient=<id>.", "required");
  if (values.length > 1) throw invalidParameter("patient", "give one patient only.");
  const id = (values[0] ?? "").replace(/^Patient\//, "");
  if (!FHIR_ID.test(id)) throw invalidParameter("patient", "is not a patient id (letters, digits, '-' and '.', up to 64 characters).");
  return id;
}

function splitValues(name: string, value: string): string[] {
  const values = value.split(",");
  if (values.some((part) => part.trim() === "")) throw invalidParameter(name, "has an empty value.");
  return values;
}

/** A token: `system|code`, `code` (any system), `|code` (no system) or `system|` (any code of the system). */
function isPainCode(token: string): boolean {
  const parts = token.split("|");
  if (parts.length > 2) throw invalidParameter("code", `"${token}" is not a token: write system|code or code.`);
  if (parts.length === 1) return token === PAIN_SEVERITY.code;
  const [system = "", code = ""] = parts;
  if (!system && !code) throw invalidParameter("code", `"${token}" names neither a system nor a code.`);
  // "|code" asks for codes without a system; the app's code always has one.
  if (!system) return false;
  return system === PAIN_SEVERITY.system && (!code || code === PAIN_SEVERITY.code);
}

function parseDate(value: string): TDateCriterion {
  const match = DATE_VALUE.exec(value);
  if (!match) {
    throw invalidParameter("date", `"${value}" is not a calendar date: pain scores are dated by the patient's calendar day, without a time. Use e.g. ge2026-01-01, le2026-03 or eq2026.`);
  }
  const [, prefix = "eq", year = "", month, day] = match;
  if (!isDatePrefix(prefix)) throw invalidParameter("date", `the prefix "${prefix}" is not supported; use one of ${DATE_PREFIXES.join(", ")}.`, "not-supported");
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) throw invalidParameter("date", `"${value}" has no month ${month}.`);
  if (month === undefined) return { prefix, start: `${year}-01-01`, end: `${year}-12-31` };
  const lastDay = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  if (day === undefined) return { prefix, start: `${year}-${month}-01`, end: `${year}-${month}-${String(lastDay).padStart(2, "0")}` };
  if (Number(day) < 1 || Number(day) > lastDay) throw invalidParameter("date", `"${value}" is not a day of the calendar.`);
  return { prefix, start: `${year}-${month}-${day}`, end: `${year}-${month}-${day}` };
}

function isDatePrefix(prefix: string): prefix is TDatePrefix {
  return (DATE_PREFIXES as readonly string[]).includes(prefix);
}
