import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { getPatientRecord } from "@/lib/patients/get-patient-record";
import { getPatientEndpoint } from "@/lib/patients/patient-endpoints";

export const GET = handleEndpoint(getPatientEndpoint, async ({ viewer, params }) => {
  const record = await getPatientRecord(getDb(), viewer, params.patientId);
  if (!record) throw new NotFoundError();
  return record;
});
