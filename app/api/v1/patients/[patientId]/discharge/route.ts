import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { dischargeEndpoint, getDischargeSummaryEndpoint } from "@/lib/discharge/discharge-endpoints";
import { dischargeEpisode } from "@/lib/discharge/discharge-episode";
import { dischargeSummaryToJson } from "@/lib/discharge/discharge-summary-html";
import { getDischargeSummary } from "@/lib/discharge/get-discharge-summary";

export const GET = handleEndpoint(getDischargeSummaryEndpoint, async ({ viewer, params }) => {
  const summary = await getDischargeSummary(getDb(), viewer, params.patientId);
  return { summary: summary ? dischargeSummaryToJson(summary) : null };
});

export const POST = handleEndpoint(dischargeEndpoint, async ({ viewer, params, body }) => dischargeEpisode(getDb(), viewer, params.patientId, body));
