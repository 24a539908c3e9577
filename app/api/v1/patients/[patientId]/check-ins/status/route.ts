import { handleEndpoint } from "@/lib/api/endpoint";
import { checkInStatusEndpoint } from "@/lib/checkins/check-in-endpoints";
import { getCheckInStatus } from "@/lib/checkins/get-check-in-status";
import { getDb } from "@/lib/db/client";

export const GET = handleEndpoint(checkInStatusEndpoint, async ({ viewer, params }) => getCheckInStatus(getDb(), viewer, params.patientId));
