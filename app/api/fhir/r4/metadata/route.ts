import { capabilityStatementRoute } from "@/lib/fhir/fhir-routes";

export const GET = capabilityStatementRoute();
