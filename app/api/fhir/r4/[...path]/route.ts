import { unknownFhirPath } from "@/lib/fhir/fhir-routes";

// Unknown FHIR paths answer with an OperationOutcome, not the JSON API's error shape.
export { unknownFhirPath as GET, unknownFhirPath as POST, unknownFhirPath as PUT, unknownFhirPath as PATCH, unknownFhirPath as DELETE };
