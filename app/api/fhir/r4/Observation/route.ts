import { observationSearchRoute } from "@/lib/fhir/fhir-routes";

export const GET = observationSearchRoute();
