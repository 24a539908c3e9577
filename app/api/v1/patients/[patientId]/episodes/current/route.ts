import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { correctCurrentEpisode } from "@/lib/episodes/correct-current-episode";
import { correctCurrentEpisodeEndpoint, episodeToJson } from "@/lib/episodes/episode-endpoints";

export const POST = handleEndpoint(correctCurrentEpisodeEndpoint, async ({ viewer, params, body }) =>
  episodeToJson(await correctCurrentEpisode(getDb(), viewer, params.patientId, body)),
);
