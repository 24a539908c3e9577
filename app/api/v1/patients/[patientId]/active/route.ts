import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { setPatientActiveEndpoint } from "@/lib/patients/patient-endpoints";
import { setPatientActive } from "@/lib/patients/set-patient-active";

export const POST = handleEndpoint(setPatientActiveEndpoint, async ({ viewer, params, body }) => setPatientActive(getDb(), viewer, params.patientId, body.active));
