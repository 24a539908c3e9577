import { addDays, type TCalendarDate } from "../dates/calendar-date";
import { baselineWeek, classifyChange, type TChangeClassification } from "./change-from-baseline";
import { chronicityRisk } from "./chronicity-risk";
import { episodePhase, type TEpisodePhase } from "./phase";
import { classifySlope, recentSlope, DIRECTION_WINDOW_DAYS, type TTrendDirection, type TTrendPoint } from "./theil-sen";
import { usableCheckIns, weeklySeries, type TTrendCheckIn } from "./weekly-series";

/*
 * What the patient list needs of an episode's trend, in a form that can be
 * stored once per episode and kept up to date as check-ins arrive, so a list
 * of thousands of patients reads one row per patient instead of every
 * check-in.
 *
 * Everything in the summary depends only on the episode's check-ins and its
 * onset, never on "today": the baseline and latest weekly means, their change
 * classification, and the check-ins of the last days (enough for the 28-day
 * direction on any later day). `trendOnDay` then adds what does depend on
 * today (phase, direction, chronicity risk) and must agree with episodeTrend
 * on the full list of check-ins (a property test holds them together).
 */

/**
 * Recent check-ins kept: the direction window plus 2 days, so the direction is
 * exact on any day from 2 days before the latest check-in onward (a patient
 * who moves to a time zone behind theirs can have a check-in dated "tomorrow").
 */
export const SUMMARY_RECENT_DAYS = DIRECTION_WINDOW_DAYS + 2;

export interface TEpisodeSummary {
  /** Check-ins counted (one per date, on or after onset). */
  checkIns: number;
  /** The latest check-in's date, or null without check-ins. */
  lastCheckInDate: TCalendarDate | null;
  baseline: { week: number; meanPain: number } | null;
  /** The latest week with check-ins, its mean and how it compares with the baseline. */
  latest: { week: number; meanPain: number; classification: TChangeClassification } | null;
  /** The check-ins of the SUMMARY_RECENT_DAYS days up to the latest one, oldest first. */
  recent: TTrendPoint[];
}

/** The summary of an episode with this onset, from all of the patient's check-ins (those before onset are ignored). */
export function summarizeEpisode(onsetDate: TCalendarDate, checkIns: readonly TTrendCheckIn[]): TEpisodeSummary {
  const usable = usableCheckIns(onsetDate, checkIns);
  const weeks = weeklySeries({ onsetDate, checkIns: usable });
  const first = baselineWeek(weeks);
  const last = [...weeks].reverse().find((week) => week.meanPain !== null);
  const lastCheckInDate = usable.at(-1)?.date ?? null;
  const recentFrom = lastCheckInDate ? addDays(lastCheckInDate, -(SUMMARY_RECENT_DAYS - 1)) : null;
  return {
    checkIns: usable.length,
    lastCheckInDate,
    baseline: first ? { week: first.week, meanPain: first.meanPain } : null,
    latest:
      first && last?.meanPain != null ? { week: last.week, meanPain: last.meanPain, classification: classifyChange(first.meanPain, last.meanPain) } : null,
    recent: recentFrom ? usable.filter((checkIn) => checkIn.date >= recentFrom).map((checkIn) => ({ date: checkIn.date, value: checkIn.painNow })) : [],
  };
}

export interface TTrendOnDay {
  phase: TEpisodePhase;
  latest: TEpisodeSummary["latest"];
  direction: TTrendDirection;
  chronicityRisk: boolean;
  worsening: boolean;
}

/** The episode's standing on `today` from its summary: the same answers as episodeTrend gives from every check-in. */
export function trendOnDay(summary: TEpisodeSummary, onsetDate: TCalendarDate, today: TCalendarDate, acuteWeeks: number): TTrendOnDay {
  return {
    phase: episodePhase(onsetDate, today, acuteWeeks),
    latest: summary.latest,
    direction: classifySlope(recentSlope(summary.recent, today)),
    chronicityRisk: chronicityRisk(onsetDate, today, summary.latest),
    worsening: summary.latest?.classification === "worsened",
  };
}
