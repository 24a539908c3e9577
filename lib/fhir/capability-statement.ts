import type { CapabilityStatement, CapabilityStatementRestResource } from "@medplum/fhirtypes";
import type { TFhirLinks } from "./fhir-links";
import { DATE_PREFIXES } from "./observation-search-params";

/** When this statement last changed: bump it with any change below. */
const STATEMENT_DATE = "2026-12-01";

const IN_EVERYTHING_ONLY = "Returned inside Patient/$everything only; no read or search of its own.";

/** Resources that appear only inside the $everything bundle, with what each one carries. */
const EVERYTHING_ONLY: [CapabilityStatementRestResource["type"], string][] = [
  ["Condition", "Each pain episode: onset date, SNOMED CT and ICD-10 code of the primary condition, active or resolved."],
  ["QuestionnaireResponse", "Each weekly PEG-3, answering Questionnaire/peg-3, and each function questionnaire (Questionnaire/psfs, Questionnaire/groc)."],
  ["Composition", "Each discharge summary (LOINC 18842-5), its sections as narrative."],
  ["CarePlan", "Each home-exercise plan, active or completed."],
  ["ServiceRequest", "Each prescribed exercise (SNOMED CT 229065009 Exercise therapy) with its dose."],
  ["Procedure", "Each exercise the patient marked done (completed) or skipped (not-done, with the reason)."],
  ["Communication", "Each guide the clinic gave the patient, and each message between the patient and the care team."],
  ["DocumentReference", "The guides given, with a link to their page in the portal; each discharge summary as an HTML document."],
];

/**
 * What the FHIR API supports, exactly: read-only JSON, Patient/$everything,
 * Observation search for pain scores, the PEG-3 Questionnaire, this statement.
 */
export function buildCapabilityStatement(links: TFhirLinks): CapabilityStatement {
  return {
    resourceType: "CapabilityStatement",
    id: "backtrack",
    name: "BackTrackFhirApi",
    title: "BackTrack FHIR R4 API (read-only)",
    status: "active",
    date: STATEMENT_DATE,
    publisher: "BackTrack",
    description:
      "Read-only FHIR R4 access to a BackTrack patient's record, for the patient themself and the clinicians of their clinic. " +
      "Every read of a patient's data by someone else is recorded in the patient's access history.",
    kind: "instance",
    software: { name: "BackTrack" },
    implementation: { description: "BackTrack patient-education portal", url: links.base },
    fhirVersion: "4.0.1",
    format: ["application/fhir+json"],
    rest: [
      {
        mode: "server",
        documentation:
          "All answers are application/fhir+json; errors are OperationOutcome resources. Unsupported query parameters are refused (400), not ignored. " +
          "Results come in one page (no paging).",
        security: {
          cors: false,
          description:
            "Sign in to BackTrack first: requests carry the portal's session cookie. Anonymous requests get 401. A patient reads only their own record; " +
            "a clinician reads the patients of their own clinic; anyone else gets 404, the same as for a record that does not exist.",
        },
        resource: [
          {
            type: "Patient",
            documentation: "The patient's whole record through the $everything operation; no read or search of Patient itself.",
            operation: [
              {
                name: "everything",
                definition: "http://hl7.org/fhir/OperationDefinition/Patient-everything",
                documentation: "GET [base]/Patient/[id]/$everything. A searchset Bundle; no parameters other than _format.",
              },
            ],
          },
          {
            type: "Observation",
            documentation: "Pain now (LOINC 72514-3, valueInteger 0-10) from each daily check-in, dated by the patient's calendar date.",
            interaction: [{ code: "search-type", documentation: "GET [base]/Observation?patient=[id]; patient is required." }],
            searchParam: [
              { name: "patient", type: "reference", definition: "http://hl7.org/fhir/SearchParameter/clinical-patient", documentation: "Required: the patient's id (or Patient/[id])." },
              { name: "code", type: "token", definition: "http://hl7.org/fhir/SearchParameter/clinical-code", documentation: "system|code or code, comma-separated to match any." },
              {
                name: "date",
                type: "date",
                definition: "http://hl7.org/fhir/SearchParameter/clinical-date",
                documentation: `A calendar date (YYYY, YYYY-MM or YYYY-MM-DD, no time) with the prefix ${DATE_PREFIXES.join(", ")}; repeat to combine, comma-separate to match any.`,
              },
            ],
          },
          {
            type: "Questionnaire",
            documentation: "Questionnaire/peg-3 (the weekly PEG-3, Krebs et al. 2009) and the function questionnaires by id (psfs, groc). Public.",
            interaction: [{ code: "read" }],
          },
          ...EVERYTHING_ONLY.map(([type, carries]) => ({ type, documentation: `${carries} ${IN_EVERYTHING_ONLY}` })),
        ],
      },
    ],
  };
}
