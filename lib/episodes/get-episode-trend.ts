import { requirePatientAccess } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import { pegScoreOf } from "../checkins/peg-score";
import { fromDbDate, todayIn } from "../dates/calendar-date";
import type { TDatabase } from "../db/client";
import { CURRENT_EPISODE_ORDER, CURRENT_EPISODE_WHERE } from "./current-episode";
import { episodeTrend, type TEpisodeTrend } from "../trends/episode-trend";
import { redFlagPlain } from "../red-flags/red-flags";
import type { TWeekAdherence } from "../exercise-log/schedule";
import type { TTrendChartDay, TTrendChartFunctionScore, TTrendChartInput, TTrendChartMarker } from "../trends/trend-chart-input";
import { trendSummary } from "../trends/trend-summary";

export interface TEpisodeTrendView {
  onsetDate: string;
  today: string;
  trend: TEpisodeTrend;
  /** One or two plain sentences for the patient. */
  summary: string;
  /** Every check-in since onset, oldest first: the chart's daily points. */
  daily: TTrendChartDay[];
  /** Red flags answered yes and plan starts or changes since onset, oldest first. */
  markers: TTrendChartMarker[];
}

/**
 * The trend of the patient's current episode on their own today: every
 * check-in since onset through the pure engine in lib/trends. Null when the
 * patient has no active episode. The patient reads their own; a clinician of
 * the clinic reads it audited.
 */
export async function getEpisodeTrend(db: TDatabase, viewer: TViewer, patientId: string, now: Date = new Date()): Promise<TEpisodeTrendView | null> {
  await requirePatientAccess(db, viewer, patientId, "patient.trend.view");
  const profile = await db.patientProfile.findUniqueOrThrow({
    where: { userId: patientId },
    select: {
      timeZone: true,
      user: { select: { clinic: { select: { acuteWeeks: true } } } },
      episodes: { where: CURRENT_EPISODE_WHERE, orderBy: CURRENT_EPISODE_ORDER, take: 1, select: { onsetDate: true } },
    },
  });
  const [episode] = profile.episodes;
  if (!episode) return null;
  const [rows, planVersions] = await Promise.all([
    // Only what the engine, the chart and its markers use: the whole check-in is not needed here.
    db.checkIn.findMany({
      where: { patientId, date: { gte: episode.onsetDate } },
      orderBy: { date: "asc" },
      select: { date: true, painNow: true, pegPain: true, pegEnjoyment: true, pegActivity: true, redFlags: true },
    }),
    db.exercisePlanVersion.findMany({
      where: { plan: { patientId }, effectiveFrom: { gte: episode.onsetDate } },
      orderBy: [{ effectiveFrom: "asc" }, { number: "asc" }],
      select: { number: true, effectiveFrom: true, plan: { select: { title: true } } },
    }),
  ]);
  const checkIns = rows.map((row) => ({ date: fromDbDate(row.date), painNow: row.painNow, pegScore: pegScoreOf(row), redFlags: row.redFlags }));
  const onsetDate = fromDbDate(episode.onsetDate);
  const today = todayIn(profile.timeZone, now);
  const daily = checkIns.map(({ date, painNow, pegScore }) => ({ date, painNow, pegScore }));
  const trend = episodeTrend({ onsetDate, today, acuteWeeks: profile.user.clinic.acuteWeeks, checkIns: daily });
  const markers: TTrendChartMarker[] = [
    ...checkIns.filter((checkIn) => checkIn.redFlags.length > 0).map((checkIn) => ({ date: checkIn.date, kind: "red-flag" as const, label: redFlagMarkerLabel(checkIn.redFlags) })),
    ...planVersions.map((version) => ({
      date: fromDbDate(version.effectiveFrom),
      kind: "plan-change" as const,
      label: version.number === 1 ? `Plan started: ${version.plan.title}` : `Plan changed: ${version.plan.title}, version ${version.number}`,
    })),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { onsetDate, today, trend, summary: trendSummary(trend, onsetDate, today), daily, markers };
}

function redFlagMarkerLabel(codes: readonly string[]): string {
  return `Red flag answered yes: ${codes.map(redFlagPlain).join("; ")}`;
}

/** What the trend charts draw for this view, with the plan weeks' adherence when the chart shows it, and the PSFS scores (chartedFunctionScores). */
export function trendChartInput(view: TEpisodeTrendView, adherence: readonly TWeekAdherence[] = [], functionScores: readonly TTrendChartFunctionScore[] = []): TTrendChartInput {
  return {
    onsetDate: view.onsetDate,
    today: view.today,
    phaseStarts: view.trend.phaseStarts,
    weeks: view.trend.weeks,
    daily: view.daily,
    adherence: adherence.map(({ week, from, to, prescribed, done, ratio }) => ({ week, from, to, prescribed, done, ratio })),
    markers: view.markers,
    functionScores,
  };
}
