import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { applyProgression } from "@/lib/progression/apply-progression";
import { listProgressionSuggestions } from "@/lib/progression/list-progression-suggestions";
import { applyProgressionEndpoint, listProgressionSuggestionsEndpoint } from "@/lib/progression/progression-endpoints";

export const GET = handleEndpoint(listProgressionSuggestionsEndpoint, async ({ viewer, params }) => ({
  suggestions: await listProgressionSuggestions(getDb(), viewer, params.patientId),
}));

export const POST = handleEndpoint(applyProgressionEndpoint, async ({ viewer, params, body }) => applyProgression(getDb(), viewer, params.patientId, body));
