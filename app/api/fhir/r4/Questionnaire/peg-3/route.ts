import { pegQuestionnaireRoute } from "@/lib/fhir/fhir-routes";

export const GET = pegQuestionnaireRoute();
