import { strToU8, zipSync } from "fflate";
import { requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import { recordAudit } from "../audit/record-audit";
import type { TDatabase } from "../db/client";
import { toCsv, type TCsvColumn } from "../exports/csv";
import { buildEverythingBundle } from "../fhir/everything-bundle";
import type { TFhirLinks } from "../fhir/fhir-links";
import { patientExportSelect } from "../fhir/patient-export-data";
import { CLINIC_EXPORT_TABLES, exportCell, type TExportRow } from "./clinic-export-tables";

export const CLINIC_EXPORT_README = "README.md";

export interface TClinicExport {
  fileName: string;
  files: Record<string, string>;
  patientIds: string[];
}

/**
 * Everything the clinic owns, for a clinic that moves to another system: a
 * CSV per table and a FHIR R4 bundle per patient (the same `$everything` a
 * clinician can fetch), with a README. Only the clinic's admin may take it —
 * the one place an admin receives patient records, because the clinic as data
 * controller takes its whole record set with it — and it is audited as one
 * event naming every patient in it.
 *
 * Built in memory: the demo-sized clinic is a few MB; a clinic of 10,000
 * patients with years of daily check-ins is some hundreds of MB and wants a
 * streamed ZIP (fflate's `Zip` class) if it is ever that large.
 */
export async function buildClinicExport(db: TDatabase, viewer: TViewer, links: TFhirLinks, now: Date = new Date()): Promise<TClinicExport> {
  requireRole(viewer, "ADMIN");
  const clinicId = viewer.clinicId;
  const files: Record<string, string> = {};
  const counts: Record<string, number> = {};
  for (const table of CLINIC_EXPORT_TABLES) {
    const rows = await table.rows(db, clinicId);
    files[table.file] = rowsToCsv(table.columns, rows);
    counts[table.file] = rows.length;
  }
  const patients = await db.patientProfile.findMany({ where: { user: { clinicId, role: "PATIENT" } }, orderBy: { userId: "asc" }, select: { userId: true } });
  for (const { userId } of patients) {
    // One patient at a time keeps memory to one record's rows.
    const profile = await db.patientProfile.findUniqueOrThrow({ where: { userId }, select: patientExportSelect });
    files[`fhir/${userId}.json`] = JSON.stringify(buildEverythingBundle(links, profile, now), null, 2);
  }
  const patientIds = patients.map((patient) => patient.userId);
  const clinic = await db.clinic.findUniqueOrThrow({ where: { id: clinicId }, select: { name: true, slug: true } });
  const day = now.toISOString().slice(0, 10);
  files[CLINIC_EXPORT_README] = readme(clinic.name, day, counts, patientIds.length);
  await recordAudit(db, viewer, { action: "clinic.export.download", subjectIds: patientIds, detail: { files: Object.keys(files).length } });
  return { fileName: `backtrack-clinic-${clinic.slug}-${day}.zip`, files, patientIds };
}

export function zipClinicExport(clinicExport: TClinicExport): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(clinicExport.files).map(([name, text]) => [name, strToU8(text)])));
}

function rowsToCsv(keys: readonly string[], rows: TExportRow[]): string {
  const columns: TCsvColumn<TExportRow>[] = keys.map((key) => ({ name: snakeCase(key), description: "", value: (row) => exportCell(row[key]) }));
  return toCsv(columns, rows);
}

function snakeCase(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

function readme(clinicName: string, day: string, counts: Record<string, number>, patients: number): string {
  const tables = CLINIC_EXPORT_TABLES.map((table) => `- \`${table.file}\` (${counts[table.file]} rows): ${table.description}`).join("\n");
  return `# ${clinicName}: full BackTrack export

Made on ${day}. Everything BackTrack holds for this clinic, to move to another system.

## CSV files

UTF-8, comma-separated, CRLF line ends, one header row in snake_case. Times are ISO 8601 in UTC;
date-only columns (onset, check-in and exercise dates) are calendar dates written as midnight UTC.
Lists are separated by semicolons. A text cell that a spreadsheet would run as a formula (starting
with = + - @ or ') gets one leading apostrophe, so it opens as text. Ids link the files: \`patient_id\`
is a row of \`patients.csv\`, \`*_by_id\` and \`author_id\` are rows of \`staff.csv\`.
Password hashes, two-factor secrets, recovery codes and link tokens are never exported.

${tables}

## fhir/

One FHIR R4 Bundle per patient (${patients} files), \`fhir/<patient id>.json\`: the same content as
\`GET /api/fhir/r4/Patient/<id>/$everything\` (Patient, Conditions, pain Observations LOINC 72514-3,
PEG-3 QuestionnaireResponses, CarePlans, guides given, exercise Procedures). Other health record
systems can import these directly.
`;
}
