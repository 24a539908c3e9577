import { handleEndpoint } from "@/lib/api/endpoint";
import { acceptConsentEndpoint, getConsentEndpoint } from "@/lib/clinic-records/clinic-records-endpoints";
import { acceptConsent, getConsentStatus } from "@/lib/clinic-records/consent";
import { getDb } from "@/lib/db/client";

export const GET = handleEndpoint(getConsentEndpoint, async ({ viewer, params }) => getConsentStatus(getDb(), viewer, params.patientId));
export const POST = handleEndpoint(acceptConsentEndpoint, async ({ viewer, params, body }) => acceptConsent(getDb(), viewer, params.patientId, body));
