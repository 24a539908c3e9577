import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { episodeToJson, listEpisodesEndpoint, startEpisodeEndpoint } from "@/lib/episodes/episode-endpoints";
import { listEpisodes } from "@/lib/episodes/list-episodes";
import { startNewEpisode } from "@/lib/episodes/start-new-episode";

export const GET = handleEndpoint(listEpisodesEndpoint, async ({ viewer, params }) => ({
  episodes: (await listEpisodes(getDb(), viewer, params.patientId)).map(episodeToJson),
}));

export const POST = handleEndpoint(startEpisodeEndpoint, async ({ viewer, params, body }) => episodeToJson(await startNewEpisode(getDb(), viewer, params.patientId, body)));
