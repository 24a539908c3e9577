import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { importPatientsEndpoint } from "@/lib/patient-import/patient-import-endpoints";
import { importPatients } from "@/lib/patient-import/import-patients";

export const POST = handleEndpoint(importPatientsEndpoint, async ({ viewer, body, request }) => importPatients(getDb(), viewer, body, { origin: new URL(request.url).origin }));
