import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button-link";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { listClinicPatients } from "@/lib/patients/list-clinic-patients";
import { OpenPlanReviews } from "@/components/questionnaires/open-plan-reviews";
import { listOpenPlanReviews } from "@/lib/questionnaires/plan-review";
import { listProgressionFlags } from "@/lib/progression/list-progression-flags";
import { hasPatientListFilters, parsePatientListQuery, patientListHref } from "@/lib/patients/patient-list-query";
import { ClearFiltersLink, PatientListFilters } from "./_components/patient-list-filters";
import { PatientListPagination, showingText } from "./_components/patient-list-pagination";
import { PatientTable } from "./_components/patient-table";
import { BulkAssignForm } from "./_components/bulk-assign-form";
import { getLibrary } from "@/lib/content/load-library";

export const metadata: Metadata = { title: "Patients" };

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The clinician's home: their clinic's patients, searched, filtered, sorted and
 * paged on the server. Everything is in the query string, so it works as a plain
 * GET form without JavaScript, links can be shared and Back goes back.
 */
export default async function PatientsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requirePageViewer("CLINICIAN");
  const query = parsePatientListQuery(await searchParams);
  const db = getDb();
  const list = await listClinicPatients(db, viewer, query);
  const reviews = await listOpenPlanReviews(db, viewer);
  const progression = await listProgressionFlags(db, viewer, list.patients.map((patient) => patient.id));
  // The page answered can be earlier than the one asked for (past the end): links build on it.
  const shownQuery = { ...query, page: list.page };
  const lastPage = Math.max(1, Math.ceil(list.total / list.pageSize));
  const filtered = hasPatientListFilters(query);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-900">Patients</h1>
        <div className="flex flex-wrap gap-2">
          <ButtonLink href="/patients/import" variant="secondary">
            Import from CSV
          </ButtonLink>
          <ButtonLink href="/patients/new">Add a patient</ButtonLink>
        </div>
      </div>
      <OpenPlanReviews reviews={reviews} />
      {/* Keyed by the query: a link (sort, page, Clear filters) must reset the form's fields to the list it shows. */}
      <PatientListFilters key={patientListHref(shownQuery)} query={shownQuery} />
      <div className="space-y-2">
        {/* Always rendered, so a screen reader hears the new count after a sort, page or filter link. */}
        <p aria-live="polite" className={list.total === 0 ? "font-medium" : undefined}>
          {list.total > 0
            ? showingText({ page: list.page, pageSize: list.pageSize, total: list.total, shown: list.patients.length })
            : filtered
              ? "No patients match these filters"
              : "No patients yet. Add one to send them an invitation."}
        </p>
        {list.total === 0 && filtered ? <ClearFiltersLink query={shownQuery} /> : null}
      </div>
      {list.total > 0 ? (
        <>
          <PatientTable patients={list.patients} query={shownQuery} page={list.page} lastPage={lastPage} progression={progression} />
          <PatientListPagination query={shownQuery} page={list.page} pageSize={list.pageSize} total={list.total} />
          <BulkAssignForm guides={getLibrary().guides.map((guide) => ({ slug: guide.slug, title: guide.title }))} />
        </>
      ) : null}
    </div>
  );
}
