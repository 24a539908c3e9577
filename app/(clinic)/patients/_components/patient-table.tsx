import Link from "next/link";
import { BULK_FORM_ID } from "./bulk-form-id";
import { mediumDate } from "@/lib/dates/format-date";
import { CONDITION_LABELS } from "@/lib/conditions/conditions";
import type { TExerciseAdherence, TPatientListRow } from "@/lib/patients/list-clinic-patients";
import { patientListHref, type TPatientListQuery, type TPatientListSort } from "@/lib/patients/patient-list-query";
import { PHASE_LABELS } from "@/lib/trends/phase";
import { DIRECTION_LABELS, type TTrendDirection } from "@/lib/trends/theil-sen";
import { ScrollArea } from "@/components/ui/scroll-area";
import type { TProgressionDirection } from "@/lib/progression/progression-rules";
import { LEVEL_LABELS } from "@/lib/red-flags/alert-levels";
import type { TRedFlagLevel } from "@/lib/red-flags/red-flags";

const CELL = "py-2 pr-4 align-top";

/** What the order reads as, for the caption ("sorted by name, A to Z"). */
const SORT_WORDS: Record<TPatientListSort, { asc: string; desc: string }> = {
  name: { asc: "by name, A to Z", desc: "by name, Z to A" },
  condition: { asc: "by primary condition, A to Z", desc: "by primary condition, Z to A" },
  onset: { asc: "by phase, most recent onset first", desc: "by phase, longest-standing pain first" },
  lastCheckIn: { asc: "by last check-in, most recent first", desc: "by last check-in, longest ago first" },
  redFlag: { asc: "by red flag, emergency first", desc: "by red flag, urgent first" },
};

/** Filled for emergency, outlined for urgent; the word says it either way. */
const LEVEL_BADGE: Record<TRedFlagLevel, string> = {
  EMERGENCY: "border-alert-700 bg-alert-700 text-white",
  URGENT: "border-alert-700 bg-alert-50 text-alert-700",
};

const BADGE = "mt-1 inline-block rounded border px-2 py-0.5 text-sm font-semibold";

function caption(query: TPatientListQuery, page: number, lastPage: number): string {
  const filters = [
    query.q ? `matching “${query.q}”` : null,
    query.phase ? `in the ${PHASE_LABELS[query.phase].toLowerCase()} phase` : null,
    query.condition ? `with ${CONDITION_LABELS[query.condition].toLowerCase()}` : null,
    query.alert ? `with ${query.alert === "any" ? "a" : `an ${query.alert}`} red flag to review` : null,
    query.quiet ? "without a check-in for 7 days or more" : null,
    query.risk ? "at risk of chronic pain" : null,
    query.worse ? "worse than their first week" : null,
    query.functionChange === "improved" ? "with function improved" : query.functionChange === "not-improved" ? "with function not improved" : null,
  ].filter(Boolean);
  const pages = lastPage > 1 ? `, page ${page} of ${lastPage}` : "";
  return `Patients of your clinic${filters.length ? ` ${filters.join(", ")}` : ""}, sorted ${SORT_WORDS[query.sort][query.dir]}${pages}`;
}

/** "5 days ago" under two weeks, then whole weeks. */
function timeSince(days: number): string | null {
  if (days < 0) return null;
  if (days === 0) return "today";
  if (days < 14) return `${days} day${days === 1 ? "" : "s"} ago`;
  return `${Math.floor(days / 7)} weeks ago`;
}

function OnsetCell({ onsetDate, daysSinceOnset }: { onsetDate: string | null; daysSinceOnset: number | null }) {
  if (!onsetDate) return "—";
  const since = daysSinceOnset === null ? null : timeSince(daysSinceOnset);
  return (
    <>
      <time dateTime={onsetDate}>{mediumDate(onsetDate)}</time>
      {since ? <div className="text-sm text-muted">{since}</div> : null}
    </>
  );
}

/** Colour repeats the words, never replaces them. */
const DIRECTION_CLASSES: Record<TTrendDirection, string> = { improving: "text-brand-800", steady: "text-ink", worsening: "text-alert-700", "not-enough-data": "text-muted" };

function PainTrendCell({ lastCheckIn, trend }: Pick<TPatientListRow, "lastCheckIn" | "trend">) {
  if (!lastCheckIn) {
    // The next column says "No check-ins yet" in words.
    return (
      <span className="text-muted">
        <span aria-hidden="true">—</span>
        <span className="sr-only">No pain score yet</span>
      </span>
    );
  }
  const { arrow, word } = DIRECTION_LABELS[trend?.direction ?? "not-enough-data"];
  return (
    <>
      <div className="font-medium">
        {lastCheckIn.painNow}/10
        <span className="sr-only"> on {mediumDate(lastCheckIn.date)}</span>
      </div>
      {trend?.latestWeek ? (
        <div className="text-sm">
          Week {trend.latestWeek.week} average {trend.latestWeek.meanPain}
        </div>
      ) : null}
      <div className={`text-sm font-medium ${DIRECTION_CLASSES[trend?.direction ?? "not-enough-data"]}`}>
        {arrow ? <span aria-hidden="true">{arrow} </span> : null}
        {word}
      </div>
      {trend?.chronicityRisk ? <div className={`${BADGE} border-alert-700 bg-alert-50 text-alert-700`}>Chronicity risk</div> : null}
      {trend?.worsening ? <div className={`${BADGE} border-alert-700 bg-alert-50 text-alert-700`}>Worse than first week</div> : null}
    </>
  );
}

const FUNCTION_CHANGE_WORDS = { improved: "improved", worsened: "worse", "no-important-change": "no important change" } as const;

/** "PSFS +2.3, improved": the latest score against the first of the episode. */
function FunctionCell({ functionChange }: Pick<TPatientListRow, "functionChange">) {
  if (!functionChange) return <span className="text-muted">Not enough scores</span>;
  const { shortTitle, change, classification, baseline, latest } = functionChange;
  return (
    <>
      <div className={`font-medium ${classification === "worsened" ? "text-alert-700" : classification === "improved" ? "text-brand-800" : "text-ink"}`}>
        {shortTitle} {change > 0 ? `+${change}` : change}, {FUNCTION_CHANGE_WORDS[classification]}
      </div>
      <div className="text-sm text-muted">
        {baseline} to {latest} of 10
      </div>
    </>
  );
}

function LastCheckInCell({ lastCheckIn, quiet }: Pick<TPatientListRow, "lastCheckIn" | "quiet">) {
  const since = lastCheckIn ? timeSince(lastCheckIn.daysAgo) : null;
  return (
    <>
      {lastCheckIn ? <time dateTime={lastCheckIn.date}>{mediumDate(lastCheckIn.date)}</time> : <span className="text-muted">No check-ins yet</span>}
      {since ? <div className="text-sm text-muted">{since}</div> : null}
      {quiet ? <div className={`${BADGE} border-gray-500 bg-gray-50 text-ink`}>No check-in for 7+ days</div> : null}
    </>
  );
}

function ExercisesCell({ exercises }: { exercises: TExerciseAdherence | null }) {
  if (!exercises) return <span className="text-muted">No plan</span>;
  if (exercises.prescribed === 0) return <span className="text-muted">Nothing due this week</span>;
  return `${exercises.done} of ${exercises.prescribed} done`;
}

/** A column header that sorts by it: a link (so it works without JavaScript), with aria-sort when it is the current order. */
function SortableHeader({ label, sort, query }: { label: string; sort: TPatientListSort; query: TPatientListQuery }) {
  const sorted = query.sort === sort;
  const nextDir = sorted && query.dir === "asc" ? "desc" : "asc";
  return (
    <th scope="col" aria-sort={sorted ? (query.dir === "asc" ? "ascending" : "descending") : undefined} className="py-1 pr-4">
      <Link href={patientListHref(query, { sort, dir: nextDir, page: 1 })} className="inline-flex min-h-11 items-center gap-1 text-brand-900 underline">
        {label}
        <span aria-hidden="true" className="text-sm">
          {sorted ? (query.dir === "asc" ? "▲" : "▼") : "↕"}
        </span>
      </Link>
    </th>
  );
}

export function PatientTable({
  patients,
  query,
  page,
  lastPage,
  progression = new Map(),
}: {
  patients: TPatientListRow[];
  query: TPatientListQuery;
  page: number;
  lastPage: number;
  /** Patients whose own marks suggest a harder or easier exercise (lib/progression). */
  progression?: ReadonlyMap<string, readonly TProgressionDirection[]>;
}) {
  return (
    <ScrollArea label="Table of patients, scrolls sideways">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{caption(query, page, lastPage)}</caption>
        <thead>
          <tr className="border-b border-gray-300">
            <th scope="col" className="py-2 pr-2">
              Choose
            </th>
            <SortableHeader label="Name" sort="name" query={query} />
            <SortableHeader label="Red flag" sort="redFlag" query={query} />
            <SortableHeader label="Primary condition" sort="condition" query={query} />
            <SortableHeader label="Phase" sort="onset" query={query} />
            <th scope="col" className="py-2 pr-4">
              Pain began
            </th>
            <th scope="col" className="py-2 pr-4">
              Account
            </th>
            <th scope="col" className="py-2 pr-4">
              Pain and trend
            </th>
            <th scope="col" className="py-2 pr-4">
              Function
            </th>
            <SortableHeader label="Last check-in" sort="lastCheckIn" query={query} />
            <th scope="col" className="py-2 pr-4">
              Exercises, last 7 days
            </th>
          </tr>
        </thead>
        <tbody>
          {patients.map((patient) => (
            <tr key={patient.id} className="border-b border-gray-200">
              <td className={CELL}>
                {/* Belongs to the bulk form below the table, so ticking works for any row on the page. */}
                <label className="inline-flex min-h-11 min-w-11 items-center justify-center">
                  <input type="checkbox" name="patientIds" value={patient.id} form={BULK_FORM_ID} className="h-5 w-5" />
                  <span className="sr-only">Choose {patient.name}</span>
                </label>
              </td>
              <td className={CELL}>
                <Link href={`/patients/${patient.id}`} className="inline-flex min-h-11 items-center font-medium text-brand-800 underline">
                  {patient.name}
                </Link>
                <div className="text-sm break-all text-muted">{patient.email}</div>
                {progression.has(patient.id) ? (
                  <div className={`${BADGE} border-brand-700 bg-brand-50 text-brand-900`}>Plan change suggested: {progression.get(patient.id)!.join(" or ")}</div>
                ) : null}
              </td>
              <td className={CELL}>
                {patient.redFlagLevel ? (
                  <div className={`${BADGE} ${LEVEL_BADGE[patient.redFlagLevel]}`}>
                    <span className="sr-only">Red flag: </span>
                    {LEVEL_LABELS[patient.redFlagLevel]}
                    <span className="sr-only">, not yet reviewed</span>
                  </div>
                ) : (
                  <span className="text-muted">
                    —<span className="sr-only">no open red flag</span>
                  </span>
                )}
              </td>
              <td className={CELL}>{patient.primaryCondition ? CONDITION_LABELS[patient.primaryCondition] : <span className="text-muted">No active episode</span>}</td>
              <td className={CELL}>{patient.phase ? PHASE_LABELS[patient.phase] : "—"}</td>
              <td className={CELL}>
                <OnsetCell onsetDate={patient.onsetDate} daysSinceOnset={patient.daysSinceOnset} />
              </td>
              <td className={CELL}>{!patient.active ? "Account deactivated" : patient.hasSignedUp ? "Active" : "Invited"}</td>
              <td className={CELL}>
                <PainTrendCell lastCheckIn={patient.lastCheckIn} trend={patient.trend} />
              </td>
              <td className={CELL}>
                <FunctionCell functionChange={patient.functionChange} />
              </td>
              <td className={CELL}>
                <LastCheckInCell lastCheckIn={patient.lastCheckIn} quiet={patient.quiet} />
              </td>
              <td className={CELL}>
                <ExercisesCell exercises={patient.exercises} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-sm text-muted">
        Pain is out of 10: the latest check-in, then the average of the latest week since onset with check-ins. The direction is the trend of the last 4
        weeks (0.5 points a week or more; it needs 4 check-ins over 7 days or more). Chronicity risk: 6 weeks or more since onset without an improvement of 2
        points and 30% on the first week (pain settled at 0-1 excepted); worse than first week: a rise of 2 points or more. Function: the latest PSFS score (0-10, higher is better) against the first of the episode;
        improved or worse means a change of 2 points or more. Exercises: marked done in the last 7 days, out of a week of the current
        plan.
      </p>
    </ScrollArea>
  );
}
