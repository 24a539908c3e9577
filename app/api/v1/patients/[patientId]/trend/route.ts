import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { getEpisodeTrend } from "@/lib/episodes/get-episode-trend";
import { episodeTrendEndpoint } from "@/lib/episodes/trend-endpoints";

export const GET = handleEndpoint(episodeTrendEndpoint, async ({ viewer, params }) => ({ episode: await getEpisodeTrend(getDb(), viewer, params.patientId) }));
