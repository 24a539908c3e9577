import type { Metadata } from "next";
import { weekdayDate } from "@/lib/dates/format-date";
import Link from "next/link";
import { requirePageViewer } from "@/lib/auth/viewer";
import { PAIN_AREAS } from "@/lib/checkins/check-in-input";
import { getCheckInStatus } from "@/lib/checkins/get-check-in-status";
import { listCheckIns } from "@/lib/checkins/list-check-ins";
import { addDays } from "@/lib/dates/calendar-date";
import { getDb } from "@/lib/db/client";
import { getEpisodeTrend, trendChartInput } from "@/lib/episodes/get-episode-trend";
import { PatientFunctionPanel } from "@/components/questionnaires/patient-function-panel";
import { getQuestionnaires } from "@/lib/questionnaires/get-questionnaires";
import { chartedFunctionScores, functionSentences } from "@/lib/questionnaires/function-summary";
import { getInstruments } from "@/lib/questionnaires/load-instruments";
import { WeeklyPainChart } from "@/components/charts/weekly-pain-chart";
import { redFlagPlain } from "@/lib/red-flags/red-flags";

export const metadata: Metadata = { title: "My check-ins" };

const areaLabel = (code: string) => PAIN_AREAS.find((area) => area.code === code)?.label ?? code;

/** The patient's check-ins, newest first; days of the last week can still be added or changed. */
export default async function CheckInsPage() {
  const viewer = await requirePageViewer("PATIENT");
  const db = getDb();
  const [status, checkIns, trend] = await Promise.all([
    getCheckInStatus(db, viewer, viewer.userId),
    listCheckIns(db, viewer, viewer.userId, { limit: 90 }),
    getEpisodeTrend(db, viewer, viewer.userId),
  ]);
  const questionnaires = await getQuestionnaires(db, viewer, viewer.userId);
  const titles = Object.fromEntries(getInstruments().map((instrument) => [instrument.id, instrument.shortTitle]));
  const done = new Set(checkIns.map((checkIn) => checkIn.date));
  const missed = Array.from({ length: 8 }, (_, back) => addDays(status.today, -back)).filter((date) => date >= status.editableFrom && !done.has(date));
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold text-brand-900">My check-ins</h1>
      {trend ? (
        <section aria-labelledby="progress-heading" className="space-y-2">
          <h2 id="progress-heading" className="text-lg font-bold text-brand-900">
            My pain, week by week
          </h2>
          <WeeklyPainChart input={trendChartInput(trend, [], chartedFunctionScores(questionnaires.history))} summary={`${trend.summary} ${functionSentences(questionnaires.summaries)}`.trim()} />
        </section>
      ) : null}
      <PatientFunctionPanel view={questionnaires} titles={titles} />
      {missed.length > 0 ? (
        <section aria-labelledby="missed-heading" className="space-y-2 rounded-lg border border-brand-100 bg-brand-50 p-4">
          <h2 id="missed-heading" className="text-lg font-bold text-brand-900">
            Days you can still add
          </h2>
          <ul className="flex flex-wrap gap-2">
            {missed.map((date) => (
              <li key={date}>
                <Link href={date === status.today ? "/check-in" : `/check-in?date=${date}`} className="inline-flex min-h-12 items-center rounded-md border-2 border-brand-700 bg-white px-4 font-semibold text-brand-800">
                  {date === status.today ? "Today" : weekdayDate(date)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {checkIns.length === 0 ? (
        <p>No check-ins yet.</p>
      ) : (
        <ol className="space-y-3">
          {checkIns.map((checkIn) => (
            <li key={checkIn.id} className="space-y-1 rounded-lg border border-brand-100 p-4">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 className="font-bold">
                  <time dateTime={checkIn.date}>{weekdayDate(checkIn.date)}</time>
                </h2>
                <p className="text-lg">
                  Pain <strong>{checkIn.painNow}</strong> out of 10
                </p>
              </div>
              {checkIn.painAreas.length ? (
                <p className="text-sm">
                  Where: {checkIn.painAreas.map(areaLabel).join(", ")}
                  {checkIn.painSide ? ` (${checkIn.painSide.toLowerCase()})` : ""}
                  {checkIn.belowKnee ? ", below the knee" : ""}
                </p>
              ) : null}
              {checkIn.pegScore !== null ? <p className="text-sm">Weekly questions: {checkIn.pegScore} out of 10 on average</p> : null}
              {checkIn.redFlags.length ? <p className="text-sm font-semibold text-alert-700">Warning signs: {checkIn.redFlags.map(redFlagPlain).join("; ")}</p> : null}
              {checkIn.note ? <p className="text-sm whitespace-pre-line">{checkIn.note}</p> : null}
              {checkIn.date >= status.editableFrom ? (
                <Link href={checkIn.date === status.today ? "/check-in" : `/check-in?date=${checkIn.date}`} className="inline-flex min-h-11 items-center font-medium text-brand-800 underline">
                  Change<span className="sr-only"> the check-in for {weekdayDate(checkIn.date)}</span>
                </Link>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
