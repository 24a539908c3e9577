import type { TEndpointRole } from "../api/endpoint-contract";
import { FHIR_PATH } from "./fhir-links";

/** One FHIR endpoint: its public path (as in the OpenAPI document and the access matrix) and its route file's path pattern. */
export interface TFhirEndpoint {
  method: "get";
  /** e.g. `/api/fhir/r4/Patient/{id}/$everything` */
  path: string;
  /** The route file's pattern under app/api, e.g. `/api/fhir/r4/Patient/{id}/{operation}`. */
  route: string;
  summary: string;
  description: string;
  roles: readonly TEndpointRole[];
  /** The FHIR resource a 200 answers with. */
  returns: "Bundle" | "CapabilityStatement" | "Questionnaire";
}

const PATIENT_READERS = ["CLINICIAN", "PATIENT"] as const;

/** Every FHIR endpoint the app serves. A test compares this list with the route files under app/api/fhir/. */
export const FHIR_ENDPOINTS: readonly TFhirEndpoint[] = [
  {
    method: "get",
    path: `${FHIR_PATH}/metadata`,
    route: `${FHIR_PATH}/metadata`,
    summary: "FHIR CapabilityStatement: what this FHIR API supports",
    description: "Public. Resources, interactions, search parameters and the $everything operation; FHIR 4.0.1, application/fhir+json.",
    roles: ["public"],
    returns: "CapabilityStatement",
  },
  {
    method: "get",
    path: `${FHIR_PATH}/Questionnaire/peg-3`,
    route: `${FHIR_PATH}/Questionnaire/peg-3`,
    summary: "The PEG-3 Questionnaire the weekly check-in asks",
    description: "Public (no patient data). The Questionnaire every exported PEG-3 QuestionnaireResponse answers.",
    roles: ["public"],
    returns: "Questionnaire",
  },
  {
    method: "get",
    path: `${FHIR_PATH}/Questionnaire/{id}`,
    route: `${FHIR_PATH}/Questionnaire/{id}`,
    summary: "A function questionnaire (psfs, groc) by id",
    description: "Public (no patient data). Defined in content/instruments; the Questionnaire every exported function QuestionnaireResponse answers.",
    roles: ["public"],
    returns: "Questionnaire",
  },
  {
    method: "get",
    path: `${FHIR_PATH}/Patient/{id}/$everything`,
    route: `${FHIR_PATH}/Patient/{id}/{operation}`,
    summary: "A patient's whole record as a FHIR Bundle (Patient/$everything)",
    description:
      "A searchset Bundle: Patient, Condition (episodes), Observation (pain now, LOINC 72514-3), QuestionnaireResponse (PEG-3, function questionnaires), CarePlan and " +
      "ServiceRequest (exercise plans), Procedure (exercises done or skipped), Communication and DocumentReference (guides given), Composition and DocumentReference (discharge summaries). " +
      "For the patient and the clinicians of their clinic; a clinician's export is recorded in the patient's access history.",
    roles: PATIENT_READERS,
    returns: "Bundle",
  },
  {
    method: "get",
    path: `${FHIR_PATH}/Observation`,
    route: `${FHIR_PATH}/Observation`,
    summary: "Search a patient's pain scores (FHIR Observation search)",
    description:
      "A searchset Bundle of pain-now Observations (LOINC 72514-3). patient is required; code (token) and date (calendar date with eq, ne, gt, lt, ge, le) " +
      "filter. Unknown or malformed parameters are refused with 400. A clinician's search is recorded in the patient's access history.",
    roles: PATIENT_READERS,
    returns: "Bundle",
  },
];
