import type { OperationOutcome, OperationOutcomeIssue } from "@medplum/fhirtypes";

export type TIssueCode = OperationOutcomeIssue["code"];

/** A refusal the FHIR API answers with this HTTP status and an OperationOutcome (never a stack trace). */
export class FhirError extends Error {
  constructor(
    readonly status: 400 | 401 | 404 | 406 | 500,
    readonly code: TIssueCode,
    message: string,
  ) {
    super(message);
    this.name = "FhirError";
  }
}

/** A bad or unsupported query parameter: 400, with the parameter's name first in the message. */
export function invalidParameter(name: string, problem: string, code: TIssueCode = "invalid"): FhirError {
  return new FhirError(400, code, `Parameter "${name}": ${problem}`);
}

export function operationOutcome(code: TIssueCode, message: string, severity: OperationOutcomeIssue["severity"] = "error"): OperationOutcome {
  return { resourceType: "OperationOutcome", issue: [{ severity, code, details: { text: message }, diagnostics: message }] };
}
