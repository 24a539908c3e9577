import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { setQuestionnaireScheduleEndpoint } from "@/lib/questionnaires/questionnaire-endpoints";
import { setQuestionnaireInterval } from "@/lib/questionnaires/set-questionnaire-interval";

export const PUT = handleEndpoint(setQuestionnaireScheduleEndpoint, async ({ viewer, params, body }) => setQuestionnaireInterval(getDb(), viewer, params.patientId, body));
