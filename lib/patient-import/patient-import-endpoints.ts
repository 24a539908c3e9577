import { z } from "zod";
import { defineEndpoint } from "../api/endpoint-contract";
import { IMPORT_BODY_BYTES, IMPORT_COLUMNS, MAX_IMPORT_ROWS, ZPatientImport, ZPatientImportPreview } from "./patient-import-input";

export const previewPatientImportEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/patients/import/preview",
  summary: `Check a CSV of patients (columns ${IMPORT_COLUMNS.join(", ")}; at most ${MAX_IMPORT_ROWS} rows): every row's problems by line and column; nothing is stored`,
  tag: "Patients",
  roles: ["CLINICIAN"],
  body: ZPatientImportPreview,
  maxBodyBytes: IMPORT_BODY_BYTES,
  response: z.object({
    rows: z.array(
      z.object({
        row: z.number().int().describe("The line in the file (the header is line 1)."),
        name: z.string(),
        email: z.string(),
        problems: z.array(z.object({ row: z.number().int(), column: z.enum(IMPORT_COLUMNS), message: z.string() })),
      }),
    ),
    ready: z.number().int().describe("Rows without a problem."),
    problemCount: z.number().int(),
  }),
});

export const importPatientsEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/patients/import",
  summary: "Add every patient of a checked CSV or none (one transaction), each invited by email as one added patient is. Idempotent on requestId",
  tag: "Patients",
  roles: ["CLINICIAN"],
  body: ZPatientImport,
  maxBodyBytes: IMPORT_BODY_BYTES,
  response: z.object({ created: z.number().int(), patients: z.array(z.object({ patientId: z.string(), name: z.string(), email: z.string() })) }),
  otherResponses: { 409: "The requestId was already used by someone else, or a patient was added meanwhile with one of the emails." },
});
