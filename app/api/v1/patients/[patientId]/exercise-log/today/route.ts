import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { getTodayExercisesEndpoint } from "@/lib/exercise-log/exercise-log-endpoints";
import { getTodayExercises } from "@/lib/exercise-log/get-today-exercises";

export const GET = handleEndpoint(getTodayExercisesEndpoint, async ({ viewer, params }) => getTodayExercises(getDb(), viewer, params.patientId));
