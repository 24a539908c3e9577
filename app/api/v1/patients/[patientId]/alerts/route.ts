import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { listOpenAlertsEndpoint } from "@/lib/red-flags/alert-endpoints";
import { listOpenRedFlagAlerts } from "@/lib/red-flags/list-open-alerts";

export const GET = handleEndpoint(listOpenAlertsEndpoint, async ({ viewer, params }) => ({
  alerts: await listOpenRedFlagAlerts(getDb(), viewer, params.patientId),
}));
