import { invalidParameter } from "./operation-outcome";

/** `_format` values that mean JSON; XML and Turtle are not served. */
const JSON_FORMATS = new Set(["json", "application/json", "application/fhir+json"]);

/**
 * Refuses a query parameter the endpoint does not support (400, naming it),
 * rather than ignoring it: a client that filters by something unsupported
 * must not take an unfiltered answer for a filtered one.
 */
export function checkQueryParameters(params: URLSearchParams, supported: readonly string[]): void {
  for (const name of new Set(params.keys())) {
    if (!supported.includes(name)) {
      const which = supported.filter((parameter) => parameter !== "_format");
      const hint = which.length ? `Supported here: ${which.join(", ")} (and _format=json).` : "Only _format=json is supported here.";
      throw invalidParameter(name, `is not supported. ${hint}`, "not-supported");
    }
  }
  for (const format of params.getAll("_format")) {
    if (!JSON_FORMATS.has(format.split(";")[0]?.trim().toLowerCase() ?? "")) {
      throw invalidParameter("_format", `"${format}" is not supported: this server answers in JSON (application/fhir+json) only.`, "not-supported");
    }
  }
}
