import { fromDbDate, todayIn } from "../dates/calendar-date";
import type { Prisma } from "../db/generated/client";
import { CURRENT_EPISODE_ORDER, CURRENT_EPISODE_WHERE } from "../episodes/current-episode";
import type { TInstrument } from "./instrument-schema";
import { getInstruments } from "./load-instruments";
import { DEFAULT_INTERVAL_DAYS, dueQuestionnaires, type TDueQuestionnaire } from "./schedule";

type TReader = Pick<Prisma.TransactionClient, "patientProfile" | "episode" | "questionnaireResponse" | "planReviewTask">;

export interface TQuestionnaireScheduleState {
  episodeId: string | null;
  intervalDays: number;
  due: TDueQuestionnaire[];
}

/** The schedule's inputs from the database, and what is due on `asOf` (an instant; the patient's own calendar day counts). */
export async function questionnaireScheduleState(db: TReader, patientId: string, asOf: Date, instruments: readonly TInstrument[] = getInstruments()): Promise<TQuestionnaireScheduleState> {
  const profile = await db.patientProfile.findUnique({
    where: { userId: patientId },
    select: {
      timeZone: true,
      user: { select: { active: true } },
      questionnaireSetting: { select: { intervalDays: true } },
      episodes: { where: CURRENT_EPISODE_WHERE, orderBy: CURRENT_EPISODE_ORDER, take: 1, select: { id: true, status: true, createdAt: true, discharge: { select: { dischargedOn: true, finalQuestionnaires: true } } } },
    },
  });
  const intervalDays = profile?.questionnaireSetting?.intervalDays ?? DEFAULT_INTERVAL_DAYS;
  const episode = profile?.episodes[0];
  if (!profile || !episode || !profile.user.active) return { episodeId: episode?.id ?? null, intervalDays, due: [] };
  // One after the other: inside a transaction, the client runs one query at a time.
  const responses = await db.questionnaireResponse.findMany({ where: { patientId, episodeId: episode.id }, select: { instrumentId: true, completedOn: true } });
  const openReview = await db.planReviewTask.findUnique({ where: { openFor: episode.id }, select: { createdAt: true } });
  const { timeZone } = profile;
  const due = dueQuestionnaires(instruments, {
    episode: { startedOn: todayIn(timeZone, episode.createdAt), status: episode.status },
    intervalDays,
    responses: responses.map((response) => ({ instrumentId: response.instrumentId, completedOn: fromDbDate(response.completedOn) })),
    openReviewSince: openReview ? todayIn(timeZone, openReview.createdAt) : null,
    discharge: episode.discharge ? { on: fromDbDate(episode.discharge.dischargedOn), sentToPatient: episode.discharge.finalQuestionnaires === "SENT_TO_PATIENT" } : null,
    asOf: todayIn(timeZone, asOf),
  });
  return { episodeId: episode.id, intervalDays, due };
}

/**
 * The questionnaires due for the patient on `asOf`, for the reminders channel
 * (no viewer: a system job). Nothing for a deactivated patient or one without
 * a current episode. Only instrument ids and reasons: no answers, no scores.
 */
export async function listDueQuestionnaires(db: TReader, patientId: string, asOf: Date = new Date()): Promise<TDueQuestionnaire[]> {
  return (await questionnaireScheduleState(db, patientId, asOf)).due;
}
