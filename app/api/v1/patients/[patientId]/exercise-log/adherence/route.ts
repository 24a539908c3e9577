import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { getWeeklyAdherenceEndpoint } from "@/lib/exercise-log/exercise-log-endpoints";
import { getWeeklyAdherence } from "@/lib/exercise-log/get-weekly-adherence";

export const GET = handleEndpoint(getWeeklyAdherenceEndpoint, async ({ viewer, params }) => getWeeklyAdherence(getDb(), viewer, params.patientId));
