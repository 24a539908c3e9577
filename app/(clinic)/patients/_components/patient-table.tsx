import Link from "next/link";
import { CONDITION_LABELS } from "@/lib/conditions/conditions";
import type { PatientListRow } from "@/lib/patients/list-clinic-patients";
import { patientListHref, type PatientListQuery, type PatientListSort } from "@/lib/patients/patient-list-query";
import { PHASE_LABELS } from "@/lib/trends/phase";

const CELL = "py-2 pr-4 align-top";

/** What the order reads as, for the caption ("sorted by name, A to Z"). */
const SORT_WORDS: Record<PatientListSort, { asc: string; desc: string }> = {
  name: { asc: "by name, A to Z", desc: "by name, Z to A" },
  condition: { asc: "by primary condition, A to Z", desc: "by primary condition, Z to A" },
  onset: { asc: "by phase, most recent onset first", desc: "by phase, longest-standing pain first" },
};

function caption(query: PatientListQuery, page: number, lastPage: number): string {
  const filters = [
    query.q ? `matching “${query.q}”` : null,
    query.phase ? `in the ${PHASE_LABELS[query.phase].toLowerCase()} phase` : null,
    query.condition ? `with ${CONDITION_LABELS[query.condition].toLowerCase()}` : null,
  ].filter(Boolean);
  const pages = lastPage > 1 ? `, page ${page} of ${lastPage}` : "";
  return `Patients of your clinic${filters.length ? ` ${filters.join(", ")}` : ""}, sorted ${SORT_WORDS[query.sort][query.dir]}${pages}`;
}

function formatDate(date: string): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString("en-GB", { dateStyle: "medium", timeZone: "UTC" });
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
      <time dateTime={onsetDate}>{formatDate(onsetDate)}</time>
      {since ? <div className="text-sm text-muted">{since}</div> : null}
    </>
  );
}

/** A column header that sorts by it: a link (so it works without JavaScript), with aria-sort when it is the current order. */
function SortableHeader({ label, sort, query }: { label: string; sort: PatientListSort; query: PatientListQuery }) {
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

export function PatientTable({ patients, query, page, lastPage }: { patients: PatientListRow[]; query: PatientListQuery; page: number; lastPage: number }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{caption(query, page, lastPage)}</caption>
        <thead>
          <tr className="border-b border-gray-300">
            <SortableHeader label="Name" sort="name" query={query} />
            <SortableHeader label="Primary condition" sort="condition" query={query} />
            <SortableHeader label="Phase" sort="onset" query={query} />
            <th scope="col" className="py-2 pr-4">
              Pain began
            </th>
            <th scope="col" className="py-2 pr-4">
              Account
            </th>
            <th scope="col" className="py-2 pr-4">
              Latest pain
            </th>
          </tr>
        </thead>
        <tbody>
          {patients.map((patient) => (
            <tr key={patient.id} className="border-b border-gray-200">
              <td className={CELL}>
                <Link href={`/patients/${patient.id}`} className="inline-flex min-h-11 items-center font-medium text-brand-800 underline">
                  {patient.name}
                </Link>
                <div className="text-sm break-all text-muted">{patient.email}</div>
              </td>
              <td className={CELL}>{patient.primaryCondition ? CONDITION_LABELS[patient.primaryCondition] : <span className="text-muted">No active episode</span>}</td>
              <td className={CELL}>{patient.phase ? PHASE_LABELS[patient.phase] : "—"}</td>
              <td className={CELL}>
                <OnsetCell onsetDate={patient.onsetDate} daysSinceOnset={patient.daysSinceOnset} />
              </td>
              <td className={CELL}>{patient.hasSignedUp ? "Active" : "Invited"}</td>
              {/* Check-ins arrive in a later release; until then nobody has a pain score to show. */}
              <td className={`${CELL} text-muted`}>No check-ins yet</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
