import { requirePatientAccess, requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import { fromDbDate, toDbDate } from "../dates/calendar-date";
import type { TDatabase } from "../db/client";
import { InvalidInputError } from "../errors/domain-errors";
import { parseDomainInput } from "../errors/parse-input";
import { assertOnsetNotBeforeBirth, ZEpisodeInput, type TEpisodeInput } from "./episode-input";
import { EPISODE_FIELDS, toEpisodeView, type TEpisodeView } from "./episode-view";
import { refreshEpisodeSummary } from "./refresh-episode-summary";
import { lockPatientProfile } from "../patients/lock-patient-profile";

/**
 * A new problem begins: the current episode is closed (status CLOSED,
 * closedAt now; it stays in the history) and a new ACTIVE one is created, all
 * in one transaction.
 *
 * Never two ACTIVE episodes: the transaction first locks the patient's
 * profile row (lockPatientProfile), so concurrent starts run one at a time and
 * each closes whatever the one before it left ACTIVE.
 *
 * Never stored twice: a new episode identical to the current one (same onset
 * date and same condition) is refused with 409, however old the current one
 * is. A repeated request (a double submit, a retry after a lost response) is
 * exactly such a copy, so it changes nothing; and a genuinely new problem
 * differs from the current one in its onset date or its condition (the same
 * pain from the same day is the same episode, to be corrected rather than
 * restarted). This needs no request id from the client and no time window.
 */
export async function startNewEpisode(db: TDatabase, viewer: TViewer, patientId: string, input: TEpisodeInput): Promise<TEpisodeView> {
  requireRole(viewer, "CLINICIAN");
  await requirePatientAccess(db, viewer, patientId, "patient.episode.start");
  const { onsetDate, primaryCondition } = parseDomainInput(ZEpisodeInput, input);
  return db.$transaction(async (tx) => {
    const patient = await lockPatientProfile(tx, patientId);
    assertOnsetNotBeforeBirth(onsetDate, patient.dateOfBirth);
    const current = await tx.episode.findFirst({ where: { patientId, status: "ACTIVE" }, select: { onsetDate: true, primaryCondition: true } });
    if (current && fromDbDate(current.onsetDate) === onsetDate && current.primaryCondition === primaryCondition) {
      throw new InvalidInputError({ episode: ["This is already the current episode (same onset date and condition). Nothing new was started."] }, 409);
    }
    await tx.episode.updateMany({ where: { patientId, status: "ACTIVE" }, data: { status: "CLOSED", closedAt: new Date() } });
    const created = await tx.episode.create({ data: { patientId, onsetDate: toDbDate(onsetDate), primaryCondition }, select: EPISODE_FIELDS });
    await refreshEpisodeSummary(tx, patientId);
    return toEpisodeView(created);
  });
}
