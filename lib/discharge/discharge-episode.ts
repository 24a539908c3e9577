import { requirePatientAccess, requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import { todayIn, toDbDate } from "../dates/calendar-date";
import type { TDatabase } from "../db/client";
import { isUniqueViolation } from "../db/is-unique-violation";
import { refreshEpisodeSummary } from "../episodes/refresh-episode-summary";
import { InvalidInputError } from "../errors/domain-errors";
import { parseDomainInput } from "../errors/parse-input";
import { lockPatientProfile } from "../patients/lock-patient-profile";
import { getInstruments } from "../questionnaires/load-instruments";
import { ZDischargeInput, type TDischargeInput } from "./discharge-input";

export interface TDischargeResult {
  episodeId: string;
  dischargedOn: string;
  /** False when this request id had already discharged the episode (a retry). */
  created: boolean;
}

/**
 * A clinician ends the patient's active episode well: its status becomes
 * DISCHARGED (its trend summary is kept), the self-management plan is stored,
 * and the final questionnaires are either sent to the patient (due on their
 * dashboard from today) or were recorded at this visit (then each discharge
 * questionnaire must already have an answer dated today). One transaction,
 * under the patient's row lock; idempotent on `requestId`; a second
 * discharge of the same episode is refused with 409.
 */
export async function dischargeEpisode(db: TDatabase, viewer: TViewer, patientId: string, input: TDischargeInput, now: Date = new Date()): Promise<TDischargeResult> {
  requireRole(viewer, "CLINICIAN");
  const { finalQuestionnaires, selfManagementPlan, requestId } = parseDomainInput(ZDischargeInput, input);
  await requirePatientAccess(db, viewer, patientId, "patient.discharge");
  const replayed = await replay(db, patientId, requestId);
  if (replayed) return replayed;
  try {
    return await db.$transaction(async (tx) => {
      const { timeZone } = await lockPatientProfile(tx, patientId);
      const again = await replay(tx, patientId, requestId);
      if (again) return again;
      const episode = await tx.episode.findFirst({ where: { patientId, status: "ACTIVE" }, orderBy: [{ onsetDate: "desc" }, { createdAt: "desc" }], select: { id: true } });
      if (!episode) throw new InvalidInputError({ episode: ["There is no active episode to discharge (already discharged, or none started)."] }, 409);
      const today = todayIn(timeZone, now);
      if (finalQuestionnaires === "RECORDED_AT_VISIT") {
        const needed = getInstruments().filter((instrument) => instrument.schedule.discharge);
        const answered = await tx.questionnaireResponse.findMany({
          where: { patientId, episodeId: episode.id, completedOn: toDbDate(today), instrumentId: { in: needed.map((instrument) => instrument.id) } },
          select: { instrumentId: true },
        });
        const missing = needed.filter((instrument) => !answered.some((row) => row.instrumentId === instrument.id));
        if (missing.length) {
          throw new InvalidInputError({ finalQuestionnaires: [`Record the final ${missing.map((instrument) => instrument.shortTitle).join(" and ")} first, or send them to the patient.`] });
        }
      }
      await tx.episode.update({ where: { id: episode.id }, data: { status: "DISCHARGED", closedAt: now } });
      await tx.discharge.create({
        data: { episodeId: episode.id, patientId, dischargedAt: now, dischargedOn: toDbDate(today), dischargedById: viewer.userId, finalQuestionnaires, selfManagementPlan, requestId },
      });
      await refreshEpisodeSummary(tx, patientId);
      return { episodeId: episode.id, dischargedOn: today, created: true };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const first = await replay(db, patientId, requestId);
    if (first) return first;
    throw error;
  }
}

async function replay(db: Pick<TDatabase, "discharge">, patientId: string, requestId: string): Promise<TDischargeResult | null> {
  const row = await db.discharge.findUnique({ where: { requestId }, select: { episodeId: true, patientId: true, dischargedOn: true } });
  if (!row) return null;
  if (row.patientId !== patientId) throw new InvalidInputError({ requestId: ["This discharge was already sent once. Reload the page and try again."] }, 409);
  return { episodeId: row.episodeId, dischargedOn: row.dischargedOn.toISOString().slice(0, 10), created: false };
}
