/*
 * The load scenarios, by key: what each asks the app, which pg baseline it is
 * compared with and which issue-8 target it is held to.
 */

export type TScenarioKey = "signed-in-floor" | "list-first-page" | "list-filtered" | "list-search" | "trend-clinician" | "trend-patient" | "check-in";
export type TBaselineKey = "session" | "list-first-page" | "list-filtered" | "list-search" | "trend" | "check-in";
export type TTargetKind = "list" | "trend" | "check-in";

export interface TScenarioSpec {
  key: TScenarioKey;
  title: string;
  /** The request, as a reader would write it. */
  request: string;
  baseline: TBaselineKey;
  /** The issue-8 target it is held to; null for the floor, which only shows what any signed-in request costs. */
  target: TTargetKind | null;
}

/** The filter of the filtered-list scenario (pg-baseline.ts runs the same). */
export const LIST_FILTER = { phase: "SUBACUTE" } as const;

export function scenarioSpecs(search: string): TScenarioSpec[] {
  return [
    { key: "signed-in-floor", title: "Signed-in floor: who am I (clinician)", request: "GET /api/v1/me", baseline: "session", target: null },
    { key: "list-first-page", title: "Patient list, first page (clinician)", request: "GET /api/v1/patients", baseline: "list-first-page", target: "list" },
    { key: "list-filtered", title: "Patient list, subacute only (clinician)", request: "GET /api/v1/patients?phase=SUBACUTE", baseline: "list-filtered", target: "list" },
    {
      key: "list-search",
      title: `Patient list, search "${search}" (clinician)`,
      request: `GET /api/v1/patients?q=${encodeURIComponent(search)}`,
      baseline: "list-search",
      target: "list",
    },
    { key: "trend-clinician", title: "Trend data of one patient, as a clinician", request: "GET /api/v1/patients/{id}/trend", baseline: "trend", target: "trend" },
    { key: "trend-patient", title: "Trend data, as the patient", request: "GET /api/v1/patients/{id}/trend", baseline: "trend", target: "trend" },
    { key: "check-in", title: "Check-in submissions, many patients", request: "POST /api/v1/patients/{id}/check-ins", baseline: "check-in", target: "check-in" },
  ];
}

export const BASELINE_TITLES: Record<TBaselineKey, string> = {
  session: "pg: the session row and its user (what every signed-in request reads)",
  "list-first-page": "pg: patient list first page (clinic, count, page, activity)",
  "list-filtered": "pg: patient list, subacute filter",
  "list-search": "pg: patient list, search",
  trend: "pg: trend read (profile + episode, check-ins since onset, plan versions)",
  "check-in": "pg: check-in upsert (lock, upsert, submission, summary)",
};
