import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { handleSeenAgainEndpoint } from "@/lib/discharge/discharge-endpoints";
import { markSeenAgainHandled, seenAgainToJson } from "@/lib/discharge/seen-again";

export const POST = handleEndpoint(handleSeenAgainEndpoint, async ({ viewer, params }) => seenAgainToJson(await markSeenAgainHandled(getDb(), viewer, params.patientId, params.requestId)));
