import { requirePatientAccess, requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import { pegScoreOf } from "../checkins/peg-score";
import { fromDbDate } from "../dates/calendar-date";
import type { TDatabase } from "../db/client";
import type { Condition, FinalQuestionnaires } from "../db/generated/enums";
import { fromSummaryRow } from "../episodes/read-episode-summary";
import { FLARE_UP_PLAN_SELECT, toFlareUpPlanView, type TFlareUpPlanView } from "../flare-up-plans/get-flare-up-plan";
import { summarizeFunction, type TFunctionSummary } from "../questionnaires/function-summary";
import { getInstruments } from "../questionnaires/load-instruments";
import type { TChangeClassification } from "../trends/change-from-baseline";

export interface TMeasureChange {
  /** e.g. "Pain (weekly mean, 0-10)". */
  label: string;
  baseline: number | null;
  latest: number | null;
  classification: TChangeClassification | null;
}

export interface TDischargeSummary {
  patientId: string;
  patientName: string;
  dateOfBirth: string;
  clinicName: string;
  episodeId: string;
  condition: Condition;
  onsetDate: string;
  dischargedOn: string;
  dischargedAt: Date;
  dischargedBy: string | null;
  finalQuestionnaires: FinalQuestionnaires;
  selfManagementPlan: string;
  pain: TMeasureChange;
  peg: TMeasureChange;
  function: TFunctionSummary[];
  flareUpPlan: TFlareUpPlanView;
}

/**
 * The one-page discharge summary of the patient's latest discharge (or of
 * `episodeId`): change from baseline on each measure (weekly pain from the kept
 * trend summary, PEG-3, each function questionnaire by its own rule), the
 * self-management plan and the flare-up plan the patient keeps. For the
 * patient and the clinicians of their clinic (audited). Null when the
 * patient has not been discharged.
 */
export async function getDischargeSummary(db: TDatabase, viewer: TViewer, patientId: string, episodeId?: string): Promise<TDischargeSummary | null> {
  requireRole(viewer, "PATIENT", "CLINICIAN");
  await requirePatientAccess(db, viewer, patientId, "patient.discharge-summary.view");
  const [latest] = await readDischargeSummaries(db, patientId, { episodeId, latestOnly: true });
  return latest ?? null;
}

/**
 * The patient's discharge summaries, newest first, with no access check: for
 * callers that checked it already (the FHIR export).
 */
export async function readDischargeSummaries(db: TDatabase, patientId: string, options: { episodeId?: string; latestOnly?: boolean } = {}): Promise<TDischargeSummary[]> {
  const discharges = await db.discharge.findMany({
    where: { patientId, ...(options.episodeId ? { episodeId: options.episodeId } : {}) },
    orderBy: { dischargedAt: "desc" },
    ...(options.latestOnly ? { take: 1 } : {}),
    select: {
      episodeId: true,
      dischargedOn: true,
      dischargedAt: true,
      finalQuestionnaires: true,
      selfManagementPlan: true,
      dischargedBy: { select: { name: true } },
      episode: { select: { onsetDate: true, primaryCondition: true, trendSummary: true } },
      patient: { select: { dateOfBirth: true, user: { select: { name: true, clinic: { select: { name: true } } } }, flareUpPlan: { select: FLARE_UP_PLAN_SELECT } } },
    },
  });
  const summaries: TDischargeSummary[] = [];
  for (const discharge of discharges) {
    const pegRows = await db.checkIn.findMany({
      where: { patientId, episodeId: discharge.episodeId, pegPain: { not: null } },
      orderBy: { date: "asc" },
      select: { pegPain: true, pegEnjoyment: true, pegActivity: true },
    });
    const responses = await db.questionnaireResponse.findMany({ where: { patientId, episodeId: discharge.episodeId }, select: { instrumentId: true, completedOn: true, score: true } });
    const trend = discharge.episode.trendSummary ? fromSummaryRow(discharge.episode.trendSummary) : null;
    const pegScores = pegRows.map(pegScoreOf).filter((score): score is number => score !== null);
    summaries.push({
      patientId,
      patientName: discharge.patient.user.name,
      dateOfBirth: fromDbDate(discharge.patient.dateOfBirth),
      clinicName: discharge.patient.user.clinic.name,
      episodeId: discharge.episodeId,
      condition: discharge.episode.primaryCondition,
      onsetDate: fromDbDate(discharge.episode.onsetDate),
      dischargedOn: fromDbDate(discharge.dischargedOn),
      dischargedAt: discharge.dischargedAt,
      dischargedBy: discharge.dischargedBy?.name ?? null,
      finalQuestionnaires: discharge.finalQuestionnaires,
      selfManagementPlan: discharge.selfManagementPlan,
      pain: { label: "Pain (weekly mean, 0-10)", baseline: trend?.baseline?.meanPain ?? null, latest: trend?.latest?.meanPain ?? null, classification: trend?.latest?.classification ?? null },
      peg: { label: "PEG-3 (0-10)", baseline: pegScores[0] ?? null, latest: pegScores.length > 1 ? pegScores.at(-1)! : null, classification: null },
      function: getInstruments().flatMap((instrument) => {
        const scores = responses.filter((row) => row.instrumentId === instrument.id).map((row) => ({ completedOn: fromDbDate(row.completedOn), score: row.score }));
        return scores.length ? [summarizeFunction(instrument, scores)] : [];
      }),
      flareUpPlan: toFlareUpPlanView(discharge.patient.flareUpPlan),
    });
  }
  return summaries;
}
