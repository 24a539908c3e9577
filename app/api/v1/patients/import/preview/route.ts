import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { previewPatientImportEndpoint } from "@/lib/patient-import/patient-import-endpoints";
import { previewPatientImport } from "@/lib/patient-import/import-patients";

export const POST = handleEndpoint(previewPatientImportEndpoint, async ({ viewer, body }) => previewPatientImport(getDb(), viewer, body));
