import { handleEndpoint } from "@/lib/api/endpoint";
import { listPatientAccess } from "@/lib/audit/list-patient-access";
import { getDb } from "@/lib/db/client";
import { patientAccessLogEndpoint } from "@/lib/patients/patient-endpoints";

export const GET = handleEndpoint(patientAccessLogEndpoint, async ({ viewer, params }) => {
  const entries = await listPatientAccess(getDb(), viewer, params.patientId);
  return { entries: entries.map((entry) => ({ ...entry, at: entry.at.toISOString() })) };
});
