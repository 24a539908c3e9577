import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { listSeenAgainEndpoint, requestSeenAgainEndpoint } from "@/lib/discharge/discharge-endpoints";
import { listSeenAgainRequests, requestSeenAgain, seenAgainToJson } from "@/lib/discharge/seen-again";

export const GET = handleEndpoint(listSeenAgainEndpoint, async ({ viewer, params }) => ({ requests: (await listSeenAgainRequests(getDb(), viewer, params.patientId)).map(seenAgainToJson) }));

export const POST = handleEndpoint(requestSeenAgainEndpoint, async ({ viewer, params, body }) => seenAgainToJson(await requestSeenAgain(getDb(), viewer, params.patientId, body)));
