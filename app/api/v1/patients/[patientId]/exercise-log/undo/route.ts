import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { undoExerciseLogEndpoint } from "@/lib/exercise-log/exercise-log-endpoints";
import { undoExerciseLog } from "@/lib/exercise-log/undo-exercise-log";

export const POST = handleEndpoint(undoExerciseLogEndpoint, async ({ viewer, params, body }) => undoExerciseLog(getDb(), viewer, params.patientId, body));
