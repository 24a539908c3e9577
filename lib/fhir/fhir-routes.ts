import { NotFoundError } from "../errors/domain-errors";
import { buildCapabilityStatement } from "./capability-statement";
import { checkQueryParameters } from "./fhir-query";
import { fhirResponse, fhirRoute, type TFhirRouteDeps, type TFhirRouteHandler } from "./fhir-route";
import { getPatientEverything } from "./get-patient-everything";
import { searchPainObservations } from "./observation-search";
import { FHIR_ID, parseObservationSearch } from "./observation-search-params";
import { FhirError, operationOutcome } from "./operation-outcome";
import { buildPegQuestionnaire } from "./peg-questionnaire";
import { buildInstrumentQuestionnaire } from "./build-instrument-questionnaire";
import { findInstrument } from "../questionnaires/load-instruments";

/*
 * The FHIR API's route handlers, one factory per route file under
 * app/api/fhir/r4/. The route files only call these; tests call them with
 * their own database and viewer.
 */

/** GET /api/fhir/r4/metadata: public, as FHIR clients read it before signing in. */
export function capabilityStatementRoute(deps?: Partial<TFhirRouteDeps>): TFhirRouteHandler {
  return fhirRoute(async ({ query, links }) => {
    checkQueryParameters(query, ["_format"]);
    return buildCapabilityStatement(links);
  }, deps);
}

/** GET /api/fhir/r4/Questionnaire/peg-3: public, it holds no patient data. */
export function pegQuestionnaireRoute(deps?: Partial<TFhirRouteDeps>): TFhirRouteHandler {
  return fhirRoute(async ({ query, links }) => {
    checkQueryParameters(query, ["_format"]);
    return buildPegQuestionnaire(links);
  }, deps);
}

/** GET /api/fhir/r4/Questionnaire/{id}: a function questionnaire (content/instruments); public, it holds no patient data. */
export function instrumentQuestionnaireRoute(deps?: Partial<TFhirRouteDeps>): TFhirRouteHandler {
  return fhirRoute(async ({ params, query, links }) => {
    checkQueryParameters(query, ["_format"]);
    const instrument = findInstrument(params.id ?? "");
    if (!instrument) throw new NotFoundError();
    return buildInstrumentQuestionnaire(links, instrument);
  }, deps);
}

/** GET /api/fhir/r4/Patient/{id}/$everything (the folder is `[operation]`, so "$" needs no special name on disk). */
export function patientOperationRoute(deps?: Partial<TFhirRouteDeps>): TFhirRouteHandler {
  return fhirRoute(async ({ params, query, links, db, now, signedIn }) => {
    const viewer = await signedIn("CLINICIAN", "PATIENT");
    const operation = decodedSegment(params.operation ?? "");
    if (operation !== "$everything") {
      throw new FhirError(404, "not-supported", `Patient/[id]/${operation} is not supported: the only operation is $everything.`);
    }
    checkQueryParameters(query, ["_format"]);
    // An id FHIR does not allow (a NUL character, 100,000 letters) names no patient; the database is not asked.
    const id = params.id ?? "";
    if (!FHIR_ID.test(id)) throw new NotFoundError();
    return getPatientEverything(db(), viewer, id, links, now);
  }, deps);
}

/** GET /api/fhir/r4/Observation?patient=...: the patient's pain scores. */
export function observationSearchRoute(deps?: Partial<TFhirRouteDeps>): TFhirRouteHandler {
  return fhirRoute(async ({ query, links, db, now, signedIn }) => {
    const viewer = await signedIn("CLINICIAN", "PATIENT");
    const search = parseObservationSearch(query);
    return searchPainObservations(db(), viewer, search, links, { self: `${links.base}/Observation?${query.toString()}`, now });
  }, deps);
}

/** Any other path under /api/fhir/r4/: a FHIR 404, not the JSON API's error shape. */
export function unknownFhirPath(request: Request): Response {
  const { pathname } = new URL(request.url);
  const outcome = operationOutcome("not-supported", `No FHIR endpoint ${request.method} ${pathname}. What is supported is listed at /api/fhir/r4/metadata.`);
  return fhirResponse(outcome, 404);
}

/** A path segment as sent: some clients percent-encode the "$" of an operation name. */
function decodedSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
