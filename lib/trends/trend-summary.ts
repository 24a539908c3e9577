import type { TCalendarDate } from "../dates/calendar-date";
import { episodeWeek } from "../dates/calendar-days";
import type { TEpisodeTrend } from "./episode-trend";

/*
 * One or two short sentences for the patient about their trend: plain words
 * (about a grade 6 reading level), honest, and calm. Recovery from back pain
 * is often uneven, so "about the same" is said without alarm, and a rise is
 * met with a clear next step (tell the clinician) rather than a warning. No
 * phase names and no "chronic": the clinician's view shows the flags.
 */

type SummaryTrend = Pick<TEpisodeTrend, "baseline" | "latest" | "direction">;

/** 4 for 4.0, 4.5 for 4.5. */
function score(value: number): string {
  return String(value);
}

/** "Your average pain this week is" / "... last week was": the verb follows the week. */
function whenLatest(onsetDate: TCalendarDate, today: TCalendarDate, latestWeek: number): string {
  const thisWeek = episodeWeek(onsetDate, today);
  if (latestWeek === thisWeek) return "this week is";
  if (latestWeek === thisWeek - 1) return "last week was";
  return "in your last week of check-ins was";
}

export function trendSummary(trend: SummaryTrend, onsetDate: TCalendarDate, today: TCalendarDate): string {
  const { baseline, latest } = trend;
  if (!baseline || !latest || latest.week === baseline.week) {
    if (latest) return `Your average pain ${whenLatest(onsetDate, today, latest.week)} ${score(latest.meanPain)}. Check in each day, and soon you will see how things are going.`;
    return "Not enough check-ins yet to show a trend. Check in each day to see how things are going.";
  }
  const when = whenLatest(onsetDate, today, latest.week);
  const now = score(latest.meanPain);
  const before = score(baseline.meanPain);
  switch (latest.classification) {
    case "improved":
      return trend.direction === "worsening"
        ? `Your average pain ${when} ${now}, down from ${before} in your first week of check-ins. It has gone up a bit lately, so tell your clinician at your next visit.`
        : `Your average pain ${when} ${now}, down from ${before} in your first week of check-ins. That is a real improvement.`;
    case "worsened":
      return `Your average pain ${when} ${now}, up from ${before} in your first week of check-ins. Please tell your clinician soon, so they can help you adjust your plan.`;
    case "no-important-change":
      if (trend.direction === "improving") return "Your pain is about the same as in your first week of check-ins, but it has been going down lately. Keep going with your plan.";
      return "Your pain is about the same as in your first week of check-ins. Keep going with your plan, and tell your clinician at your next visit.";
  }
}
