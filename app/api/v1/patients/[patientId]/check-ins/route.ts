import { handleEndpoint } from "@/lib/api/endpoint";
import { listCheckInsEndpoint, saveCheckInEndpoint } from "@/lib/checkins/check-in-endpoints";
import { listCheckIns } from "@/lib/checkins/list-check-ins";
import { saveCheckIn } from "@/lib/checkins/save-check-in";
import { getDb } from "@/lib/db/client";

export const GET = handleEndpoint(listCheckInsEndpoint, async ({ viewer, params, query }) => ({
  checkIns: await listCheckIns(getDb(), viewer, params.patientId, query),
}));

export const POST = handleEndpoint(saveCheckInEndpoint, async ({ viewer, params, body }) => saveCheckIn(getDb(), viewer, params.patientId, body));
