import { instrumentQuestionnaireRoute } from "@/lib/fhir/fhir-routes";

export const GET = instrumentQuestionnaireRoute();
