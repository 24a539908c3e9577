import type { Metadata } from "next";
import { requirePageViewer } from "@/lib/auth/viewer";
import { CONDITIONS } from "@/lib/conditions/conditions";
import { IMPORT_COLUMNS, MAX_IMPORT_ROWS } from "@/lib/patient-import/patient-import-input";
import { ImportPatientsForm } from "./_components/import-patients-form";

export const metadata: Metadata = { title: "Import patients" };

export default async function ImportPatientsPage() {
  await requirePageViewer("CLINICIAN");
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold text-brand-900">Import patients from a CSV file</h1>
      <p>
        A header row with the columns <code>{IMPORT_COLUMNS.join(", ")}</code>, then one patient a line (at most {MAX_IMPORT_ROWS}). Dates as YYYY-MM-DD; the condition as its
        name (e.g. “{CONDITIONS[0]?.label}”) or code (e.g. <code>{CONDITIONS[0]?.code}</code>); a blank time zone means UTC. Check the file first: every problem is named by
        row and column. Then all the patients are added, or none, and each is emailed an invitation as when you add one patient.
      </p>
      <ImportPatientsForm />
    </div>
  );
}
