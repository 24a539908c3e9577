import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { getQuestionnaires } from "@/lib/questionnaires/get-questionnaires";
import { getQuestionnairesEndpoint, saveQuestionnaireEndpoint } from "@/lib/questionnaires/questionnaire-endpoints";
import { saveQuestionnaireResponse } from "@/lib/questionnaires/save-questionnaire-response";

export const GET = handleEndpoint(getQuestionnairesEndpoint, async ({ viewer, params }) => getQuestionnaires(getDb(), viewer, params.patientId));

export const POST = handleEndpoint(saveQuestionnaireEndpoint, async ({ viewer, params, body }) => saveQuestionnaireResponse(getDb(), viewer, params.patientId, body));
