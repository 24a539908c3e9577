"use client";

// Before any zod parse in the browser: no eval probe under the CSP.
import "@/components/providers/zod-without-eval";

import Papa from "papaparse";
import { useRef, useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { useApiForm } from "@/components/forms/use-api-form";
import type { TApiResponse } from "@/lib/api/api-client";
import { importPatientsEndpoint, previewPatientImportEndpoint } from "@/lib/patient-import/patient-import-endpoints";
import { IMPORT_COLUMNS, MAX_IMPORT_ROWS, type TImportRow } from "@/lib/patient-import/patient-import-input";

type TPreview = TApiResponse<typeof previewPatientImportEndpoint>;

function readRows(file: File): Promise<{ rows: TImportRow[] } | { error: string }> {
  return new Promise((resolve) => {
    Papa.parse<Record<string, string>>(file, {
      header: true,
      skipEmptyLines: "greedy",
      transformHeader: (header) => header.trim().toLowerCase().replace(/\s+/g, "_"),
      complete: (result) => {
        const missing = IMPORT_COLUMNS.filter((column) => column !== "time_zone" && !result.meta.fields?.includes(column));
        if (missing.length) return resolve({ error: `The header row lacks ${missing.join(", ")}.` });
        if (result.data.length > MAX_IMPORT_ROWS) return resolve({ error: `The file has ${result.data.length} patients: import at most ${MAX_IMPORT_ROWS} at a time.` });
        resolve({ rows: result.data.map((line) => Object.fromEntries(IMPORT_COLUMNS.map((column) => [column, line[column] ?? ""])) as TImportRow) });
      },
      error: () => resolve({ error: "The file could not be read as CSV." }),
    });
  });
}

/** Check the file (every row's problems), then add every patient in one request; the request key is kept for this check, so a retried press creates nobody twice. */
export function ImportPatientsForm() {
  const preview = useApiForm(previewPatientImportEndpoint);
  const importer = useApiForm(importPatientsEndpoint);
  const [fileError, setFileError] = useState<string | null>(null);
  const [checked, setChecked] = useState<{ rows: TImportRow[]; result: TPreview; requestId: string } | null>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const fieldErrors = [fileError, ...(preview.fieldErrors.rows ?? []), ...(importer.fieldErrors.rows ?? [])].filter((message): message is string => Boolean(message));

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChecked(null);
    importer.reset();
    const file = new FormData(event.currentTarget).get("file");
    if (!(file instanceof File) || file.size === 0) return setFileError("Choose a CSV file.");
    const read = await readRows(file);
    if ("error" in read) return setFileError(read.error);
    setFileError(null);
    preview.mutate(
      { rows: read.rows },
      { onSuccess: (result) => { setChecked({ rows: read.rows, result, requestId: crypto.randomUUID() }); requestAnimationFrame(() => resultHeading.current?.focus()); } },
    );
  }

  if (importer.data) {
    return (
      <div role="status" className="space-y-2">
        <p className="font-semibold">
          {importer.data.created} {importer.data.created === 1 ? "patient" : "patients"} added; each was emailed an invitation.
        </p>
        <ul className="list-disc pl-6">
          {importer.data.patients.map((patient) => (
            <li key={patient.patientId}>
              <a href={`/patients/${patient.patientId}`} className="text-brand-800 underline">
                {patient.name}
              </a>{" "}
              ({patient.email})
            </li>
          ))}
        </ul>
      </div>
    );
  }

  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} noValidate className="space-y-3">
        <FormAlert message={preview.formError ?? importer.formError} />
        <div className="space-y-1">
          <label htmlFor="import-file" className="block font-medium">
            CSV file
          </label>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            aria-invalid={fieldErrors.length > 0 || undefined}
            aria-describedby={fieldErrors.length ? "import-file-error" : undefined}
            className="block min-h-11"
          />
          {fieldErrors.length ? (
            <ul id="import-file-error" className="font-medium text-alert-700">
              {fieldErrors.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          ) : null}
        </div>
        <button type="submit" disabled={preview.isPending} className="min-h-11 rounded-md border-2 border-brand-700 px-4 font-semibold text-brand-800 hover:bg-brand-50">
          {preview.isPending ? "Checking…" : "Check the file"}
        </button>
      </form>
      {checked ? (
        <section aria-labelledby="import-check-heading" className="space-y-3">
          <h2 id="import-check-heading" ref={resultHeading} tabIndex={-1} className="text-lg font-bold text-brand-900">
            {checked.result.problemCount === 0
              ? `All ${checked.result.rows.length} rows are ready`
              : `${checked.result.problemCount} ${checked.result.problemCount === 1 ? "problem" : "problems"} in ${checked.result.rows.length - checked.result.ready} of ${checked.result.rows.length} rows`}
          </h2>
          {checked.result.problemCount ? (
            <>
              <p>Fix them in the file and check it again; nobody is added until every row is right.</p>
              <table className="w-full text-left text-sm">
                <thead>
                  <tr>
                    <th scope="col">Row</th>
                    <th scope="col">Column</th>
                    <th scope="col">Problem</th>
                  </tr>
                </thead>
                <tbody>
                  {checked.result.rows.flatMap((row) =>
                    row.problems.map((problem) => (
                      <tr key={`${problem.row}-${problem.column}`}>
                        <td>{problem.row}</td>
                        <td>{problem.column}</td>
                        <td>{problem.message}</td>
                      </tr>
                    )),
                  )}
                </tbody>
              </table>
            </>
          ) : (
            <button
              type="button"
              disabled={importer.isPending}
              onClick={() => importer.mutate({ rows: checked.rows, requestId: checked.requestId })}
              className="min-h-11 rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
            >
              {importer.isPending ? "Adding…" : `Add ${checked.rows.length} ${checked.rows.length === 1 ? "patient" : "patients"} and email invitations`}
            </button>
          )}
        </section>
      ) : null}
    </div>
  );
}
