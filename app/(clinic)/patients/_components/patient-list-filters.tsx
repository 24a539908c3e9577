import Link from "next/link";
import { CONDITIONS } from "@/lib/conditions/conditions";
import { defaultSortFor, patientListHref, type TAlertFilter, type TPatientListQuery } from "@/lib/patients/patient-list-query";
import { EPISODE_PHASES } from "@/lib/trends/phase";
import { PHASE_LABELS } from "@/lib/trends/phase";

const ALERT_FILTER_LABELS: Record<TAlertFilter, string> = {
  any: "Any red flag to review",
  emergency: "Emergency red flag to review",
  urgent: "Urgent red flag to review (no emergency)",
};

const FIELD = "block min-h-11 w-full rounded-md border border-gray-500 bg-white px-3 py-2 text-base";

/** Search and filters as a plain GET form: works without JavaScript, and the result is a link. The sort chosen in the table is kept. */
export function PatientListFilters({ query }: { query: TPatientListQuery }) {
  return (
    <form role="search" aria-label="Patients" action="/patients" className="grid gap-4 rounded-lg border border-brand-100 p-4 sm:grid-cols-2 lg:grid-cols-4">
      <div className="space-y-1 sm:col-span-2">
        <label htmlFor="patients-q" className="block font-medium">
          Name or email
        </label>
        <input id="patients-q" type="search" name="q" defaultValue={query.q} autoComplete="off" className={FIELD} />
      </div>
      <div className="space-y-1">
        <label htmlFor="patients-phase" className="block font-medium">
          Phase
        </label>
        <select id="patients-phase" name="phase" defaultValue={query.phase ?? ""} className={FIELD}>
          <option value="">Any phase</option>
          {EPISODE_PHASES.map((phase) => (
            <option key={phase} value={phase}>
              {PHASE_LABELS[phase]}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="patients-condition" className="block font-medium">
          Primary condition
        </label>
        <select id="patients-condition" name="condition" defaultValue={query.condition ?? ""} className={FIELD}>
          <option value="">Any condition</option>
          {CONDITIONS.map((condition) => (
            <option key={condition.code} value={condition.code}>
              {condition.label}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="patients-alert" className="block font-medium">
          Red flag
        </label>
        <select id="patients-alert" name="alert" defaultValue={query.alert ?? ""} className={FIELD}>
          <option value="">Any patient</option>
          {(Object.keys(ALERT_FILTER_LABELS) as TAlertFilter[]).map((filter) => (
            <option key={filter} value={filter}>
              {ALERT_FILTER_LABELS[filter]}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="patients-function" className="block font-medium">
          Function (PSFS)
        </label>
        <select id="patients-function" name="functionChange" defaultValue={query.functionChange ?? ""} className={FIELD}>
          <option value="">Any patient</option>
          <option value="not-improved">Function not improved</option>
          <option value="improved">Function improved</option>
        </select>
      </div>
      <fieldset className="sm:col-span-2">
        <legend className="font-medium">Needs attention</legend>
        <div className="flex flex-wrap gap-x-6">
          <label className="inline-flex min-h-11 items-center gap-2">
            <input type="checkbox" name="quiet" value="1" defaultChecked={query.quiet === true} className="size-5 accent-brand-700" />
            No check-in for 7+ days
          </label>
          <label className="inline-flex min-h-11 items-center gap-2">
            <input type="checkbox" name="risk" value="1" defaultChecked={query.risk === true} className="size-5 accent-brand-700" />
            Chronicity risk (not improving by 6 weeks)
          </label>
          <label className="inline-flex min-h-11 items-center gap-2">
            <input type="checkbox" name="worse" value="1" defaultChecked={query.worse === true} className="size-5 accent-brand-700" />
            Worse than first week
          </label>
        </div>
      </fieldset>
      {/* Only a sort someone chose is kept: the default changes with the red-flag filter (emergency first when it is on). */}
      {query.sort !== defaultSortFor(query) ? <input type="hidden" name="sort" value={query.sort} /> : null}
      <input type="hidden" name="dir" value={query.dir} />
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-4">
        <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800">
          Show patients
        </button>
        <ClearFiltersLink query={query} />
      </div>
    </form>
  );
}

/** Back to the whole list, keeping the sort. */
export function ClearFiltersLink({ query }: { query: TPatientListQuery }) {
  return (
    <Link href={patientListHref(query, { q: "", phase: undefined, condition: undefined, alert: undefined, quiet: undefined, risk: undefined, worse: undefined, functionChange: undefined, page: 1 })} className="inline-flex min-h-11 items-center px-1 font-medium text-brand-800 underline">
      Clear filters
    </Link>
  );
}
