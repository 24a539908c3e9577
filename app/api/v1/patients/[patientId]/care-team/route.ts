import { handleEndpoint } from "@/lib/api/endpoint";
import { listCareTeam, setCareTeam } from "@/lib/care-team/care-team";
import { getCareTeamEndpoint, setCareTeamEndpoint } from "@/lib/care-team/care-team-endpoints";
import { getDb } from "@/lib/db/client";

export const GET = handleEndpoint(getCareTeamEndpoint, async ({ viewer, params }) => ({ members: await listCareTeam(getDb(), viewer, params.patientId) }));

export const PUT = handleEndpoint(setCareTeamEndpoint, async ({ viewer, params, body }) => ({ members: await setCareTeam(getDb(), viewer, params.patientId, body) }));
