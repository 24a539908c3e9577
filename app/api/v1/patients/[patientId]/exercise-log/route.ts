import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { saveExerciseLogEndpoint } from "@/lib/exercise-log/exercise-log-endpoints";
import { saveExerciseLog } from "@/lib/exercise-log/save-exercise-log";

export const POST = handleEndpoint(saveExerciseLogEndpoint, async ({ viewer, params, body }) => saveExerciseLog(getDb(), viewer, params.patientId, body));
