import Link from "next/link";
import { patientListHref, type TPatientListQuery } from "@/lib/patients/patient-list-query";

const LINK = "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border-2 border-brand-700 px-4 font-semibold text-brand-800 hover:bg-brand-50";

/** "Showing 26–50 of 1,234", for above the table. */
export function showingText({ page, pageSize, total, shown }: { page: number; pageSize: number; total: number; shown: number }): string {
  const first = (page - 1) * pageSize + 1;
  const count = (value: number) => value.toLocaleString("en");
  return `Showing ${count(first)}–${count(first + shown - 1)} of ${count(total)}`;
}

/** Previous and Next as plain links: the page is in the URL like everything else. */
export function PatientListPagination({ query, page, pageSize, total }: { query: TPatientListQuery; page: number; pageSize: number; total: number }) {
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  if (lastPage === 1) return null;
  return (
    <nav aria-label="Pages of the patient list" className="flex flex-wrap items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={patientListHref(query, { page: page - 1 })} rel="prev" className={LINK}>
          Previous
        </Link>
      ) : (
        <span />
      )}
      <p>
        Page {page.toLocaleString("en")} of {lastPage.toLocaleString("en")}
      </p>
      {page < lastPage ? (
        <Link href={patientListHref(query, { page: page + 1 })} rel="next" className={LINK}>
          Next
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
