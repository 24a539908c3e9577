import { requirePatientAccess, requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import { fromDbDate, toDbDate } from "../dates/calendar-date";
import type { TDatabase } from "../db/client";
import { NotFoundError } from "../errors/domain-errors";
import { parseDomainInput } from "../errors/parse-input";
import { assertOnsetNotBeforeBirth, ZEpisodeInput, type TEpisodeInput } from "./episode-input";
import { EPISODE_FIELDS, toEpisodeView, type TEpisodeView } from "./episode-view";
import { refreshEpisodeSummary } from "./refresh-episode-summary";
import { lockPatientProfile } from "../patients/lock-patient-profile";

/**
 * Corrects the current (ACTIVE) episode's onset date and primary condition,
 * e.g. when the patient remembers the pain began earlier. Not found when the
 * patient has no current episode. A correction that changes nothing returns
 * the episode as it is. Runs under the patient's profile lock, so it cannot
 * edit an episode that a concurrent "start a new episode" is closing.
 */
export async function correctCurrentEpisode(db: TDatabase, viewer: TViewer, patientId: string, input: TEpisodeInput): Promise<TEpisodeView> {
  requireRole(viewer, "CLINICIAN");
  await requirePatientAccess(db, viewer, patientId, "patient.episode.correct");
  const { onsetDate, primaryCondition } = parseDomainInput(ZEpisodeInput, input);
  return db.$transaction(async (tx) => {
    const patient = await lockPatientProfile(tx, patientId);
    const current = await tx.episode.findFirst({ where: { patientId, status: "ACTIVE" }, select: EPISODE_FIELDS });
    if (!current) throw new NotFoundError("This patient has no current episode.");
    assertOnsetNotBeforeBirth(onsetDate, patient.dateOfBirth);
    if (fromDbDate(current.onsetDate) === onsetDate && current.primaryCondition === primaryCondition) return toEpisodeView(current);
    const corrected = await tx.episode.update({
      where: { id: current.id },
      data: { onsetDate: toDbDate(onsetDate), primaryCondition },
      select: EPISODE_FIELDS,
    });
    await refreshEpisodeSummary(tx, patientId);
    return toEpisodeView(corrected);
  });
}
