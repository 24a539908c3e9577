import { patientOperationRoute } from "@/lib/fhir/fhir-routes";

// Patient/{id}/$everything: the operation name arrives as the `operation` segment.
export const GET = patientOperationRoute();
