import { handleEndpoint } from "@/lib/api/endpoint";
import { listCheckInsEndpoint, saveCheckInEndpoint } from "@/lib/checkins/check-in-endpoints";
import { listCheckIns } from "@/lib/checkins/list-check-ins";
import { saveCheckIn } from "@/lib/checkins/save-check-in";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { requestScanSoon } from "@/lib/jobs/job-sender";

export const GET = handleEndpoint(listCheckInsEndpoint, async ({ viewer, params, query }) => ({
  checkIns: await listCheckIns(getDb(), viewer, params.patientId, query),
}));

export const POST = handleEndpoint(saveCheckInEndpoint, async ({ viewer, params, body }) => {
  const saved = await saveCheckIn(getDb(), viewer, params.patientId, body);
  // The care team's notice is already stored with the alert; this only sends it sooner.
  const databaseUrl = getEnv().DATABASE_URL;
  if (saved.level === "EMERGENCY" && databaseUrl) void requestScanSoon(databaseUrl);
  return saved;
});
