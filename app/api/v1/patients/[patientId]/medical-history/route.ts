import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { getMedicalHistory } from "@/lib/red-flags/get-medical-history";
import { getMedicalHistoryEndpoint, saveMedicalHistoryEndpoint } from "@/lib/red-flags/medical-history-endpoints";
import { saveMedicalHistory } from "@/lib/red-flags/save-medical-history";

export const GET = handleEndpoint(getMedicalHistoryEndpoint, ({ viewer, params }) => getMedicalHistory(getDb(), viewer, params.patientId));

export const PUT = handleEndpoint(saveMedicalHistoryEndpoint, ({ viewer, params, body }) => saveMedicalHistory(getDb(), viewer, params.patientId, body));
