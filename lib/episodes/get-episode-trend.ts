import { requirePatientAccess } from "../auth/access";
import type { Viewer } from "../auth/viewer-types";
import { checkInViewSelect, toCheckInView } from "../checkins/check-in-view";
import { fromDbDate, todayIn } from "../dates/calendar-date";
import type { Database } from "../db/client";
import { episodeTrend, type EpisodeTrend } from "../trends/episode-trend";
import { trendSummary } from "../trends/trend-summary";

export interface TEpisodeTrendView {
  onsetDate: string;
  today: string;
  trend: EpisodeTrend;
  /** One or two plain sentences for the patient. */
  summary: string;
}

/**
 * The trend of the patient's current episode on their own today: every
 * check-in since onset through the pure engine in lib/trends. Null when the
 * patient has no active episode. The patient reads their own; a clinician of
 * the clinic reads it audited.
 */
export async function getEpisodeTrend(db: Database, viewer: Viewer, patientId: string, now: Date = new Date()): Promise<TEpisodeTrendView | null> {
  await requirePatientAccess(db, viewer, patientId, "patient.trend.view");
  const profile = await db.patientProfile.findUniqueOrThrow({
    where: { userId: patientId },
    select: {
      timeZone: true,
      user: { select: { clinic: { select: { acuteWeeks: true } } } },
      episodes: { where: { status: "ACTIVE" }, orderBy: { onsetDate: "desc" }, take: 1, select: { onsetDate: true } },
    },
  });
  const [episode] = profile.episodes;
  if (!episode) return null;
  const rows = await db.checkIn.findMany({ where: { patientId, date: { gte: episode.onsetDate } }, orderBy: { date: "asc" }, select: checkInViewSelect });
  const onsetDate = fromDbDate(episode.onsetDate);
  const today = todayIn(profile.timeZone, now);
  const trend = episodeTrend({
    onsetDate,
    today,
    acuteWeeks: profile.user.clinic.acuteWeeks,
    checkIns: rows.map(toCheckInView).map(({ date, painNow, pegScore }) => ({ date, painNow, pegScore })),
  });
  return { onsetDate, today, trend, summary: trendSummary(trend, onsetDate, today) };
}
