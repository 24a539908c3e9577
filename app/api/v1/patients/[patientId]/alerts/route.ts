import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { listOpenAlertsEndpoint } from "@/lib/red-flags/alert-endpoints";
import { listRedFlagAlerts } from "@/lib/red-flags/list-open-alerts";

export const GET = handleEndpoint(listOpenAlertsEndpoint, async ({ viewer, params }) => listRedFlagAlerts(getDb(), viewer, params.patientId));
