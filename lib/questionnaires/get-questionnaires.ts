import { requirePatientAccess, requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import { fromDbDate } from "../dates/calendar-date";
import type { TDatabase } from "../db/client";
import { summarizeFunction, type TFunctionSummary } from "./function-summary";
import { questionnaireScheduleState } from "./list-due-questionnaires";
import { getInstruments } from "./load-instruments";
import type { TDueQuestionnaire } from "./schedule";

export interface TQuestionnaireHistoryEntry {
  id: string;
  instrumentId: string;
  completedOn: string;
  score: number;
  recordedByClinician: boolean;
}

export interface TQuestionnairesView {
  intervalDays: number;
  due: (TDueQuestionnaire & { title: string })[];
  /** The current episode's answers, oldest first. */
  history: TQuestionnaireHistoryEntry[];
  /** Per instrument with answers in the current episode: baseline, latest and the change judged by its own rule. */
  summaries: TFunctionSummary[];
}

/** The patient's function questionnaires: what is due, the scores so far and their change (clinicians' reads audited). */
export async function getQuestionnaires(db: TDatabase, viewer: TViewer, patientId: string, now: Date = new Date()): Promise<TQuestionnairesView> {
  requireRole(viewer, "PATIENT", "CLINICIAN");
  await requirePatientAccess(db, viewer, patientId, "patient.questionnaires.view");
  const instruments = getInstruments();
  const state = await questionnaireScheduleState(db, patientId, now, instruments);
  const rows = state.episodeId
    ? await db.questionnaireResponse.findMany({
        where: { patientId, episodeId: state.episodeId },
        orderBy: [{ completedOn: "asc" }, { createdAt: "asc" }],
        select: { id: true, instrumentId: true, completedOn: true, score: true, recordedById: true },
      })
    : [];
  const history = rows.map((row) => ({ id: row.id, instrumentId: row.instrumentId, completedOn: fromDbDate(row.completedOn), score: row.score, recordedByClinician: row.recordedById !== null }));
  const titles = new Map(instruments.map((instrument) => [instrument.id, instrument.title]));
  return {
    intervalDays: state.intervalDays,
    due: state.due.map((due) => ({ ...due, title: titles.get(due.instrumentId) ?? due.instrumentId })),
    history,
    summaries: instruments.flatMap((instrument) => {
      const scores = history.filter((entry) => entry.instrumentId === instrument.id);
      return scores.length ? [summarizeFunction(instrument, scores)] : [];
    }),
  };
}
