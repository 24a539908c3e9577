import { patientScope, recordRefusedAccess } from "../auth/access";
import { recordAudit } from "../audit/record-audit";
import type { TViewer } from "../auth/viewer-types";
import { fromDbDate } from "../dates/calendar-date";
import type { TDatabase } from "../db/client";
import { CURRENT_EPISODE_ORDER, CURRENT_EPISODE_WHERE } from "../episodes/current-episode";
import type { Condition, EpisodeStatus } from "../db/generated/enums";

export interface TPatientRecord {
  id: string;
  name: string;
  email: string;
  dateOfBirth: string;
  timeZone: string;
  /** Medical history codes (lib/red-flags/medical-history.ts), asked once. */
  medicalHistory: string[];
  /** When the history was last answered (ISO); null until it has been. */
  historyAnsweredAt: string | null;
  /** False until the patient accepts their invitation. */
  hasSignedUp: boolean;
  /** False once a clinician deactivated the account. */
  active: boolean;
  episode: { id: string; onsetDate: string; primaryCondition: Condition; status: EpisodeStatus } | null;
}

/** One patient's record for the viewer, audited; null when it does not exist or is not theirs to see. */
export async function getPatientRecord(db: TDatabase, viewer: TViewer, patientId: string): Promise<TPatientRecord | null> {
  const profile = await db.patientProfile.findFirst({
    where: { AND: [{ userId: patientId }, patientScope(viewer)] },
    select: {
      dateOfBirth: true,
      timeZone: true,
      medicalHistory: true,
      historyAnsweredAt: true,
      user: { select: { id: true, name: true, email: true, invitedEmail: true, passwordHash: true, active: true } },
      episodes: {
        where: CURRENT_EPISODE_WHERE,
        orderBy: CURRENT_EPISODE_ORDER,
        take: 1,
        select: { id: true, onsetDate: true, primaryCondition: true, status: true },
      },
    },
  });
  if (!profile) {
    await recordRefusedAccess(db, viewer, patientId);
    return null;
  }
  if (viewer.visitRecordedFor !== patientId) await recordAudit(db, viewer, { action: "patient.view", patientId });
  const [episode] = profile.episodes;
  return {
    id: profile.user.id,
    name: profile.user.name,
    email: profile.user.invitedEmail ?? profile.user.email,
    dateOfBirth: fromDbDate(profile.dateOfBirth),
    timeZone: profile.timeZone,
    medicalHistory: profile.medicalHistory,
    historyAnsweredAt: profile.historyAnsweredAt?.toISOString() ?? null,
    hasSignedUp: profile.user.passwordHash !== null,
    active: profile.user.active,
    episode: episode ? { ...episode, onsetDate: fromDbDate(episode.onsetDate) } : null,
  };
}
