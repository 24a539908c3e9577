import "server-only";
import type { Resource } from "@medplum/fhirtypes";
import { requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import { DATABASE_RETRY_AFTER_SECONDS } from "../api/api-error";
import { getDb, type TDatabase } from "../db/client";
import { isDatabaseUnavailable } from "../db/database-unavailable";
import type { Role } from "../db/generated/enums";
import { InvalidInputError, NotFoundError } from "../errors/domain-errors";
import { fhirLinksFor, type TFhirLinks } from "./fhir-links";
import { FhirError, operationOutcome } from "./operation-outcome";

export const FHIR_JSON = "application/fhir+json; charset=utf-8";

type RouteContext = { params?: Promise<Record<string, string | string[]>> };
export type TFhirRouteHandler = (request: Request, context?: RouteContext) => Promise<Response>;

/** What a FHIR route needs from outside; tests pass their own. */
export interface TFhirRouteDeps {
  db: () => TDatabase;
  viewer: () => Promise<TViewer | null>;
  now: () => Date;
}

export interface TFhirRequest {
  request: Request;
  query: URLSearchParams;
  params: Record<string, string>;
  links: TFhirLinks;
  db: () => TDatabase;
  now: Date;
  /** The signed-in viewer in one of `roles`: 401 for nobody, 404 for another role (never confirming that anything exists). */
  signedIn: (...roles: Role[]) => Promise<TViewer>;
}

const defaultDeps: TFhirRouteDeps = {
  db: getDb,
  // Loaded only when a route needs a viewer (keeps next-auth out of the public routes and of tests).
  viewer: async () => (await import("../auth/viewer")).getViewer(),
  now: () => new Date(),
};

/** A FHIR route handler: the resource as application/fhir+json, every failure as an OperationOutcome. */
export function fhirRoute(work: (input: TFhirRequest) => Promise<Resource>, deps: Partial<TFhirRouteDeps> = {}): TFhirRouteHandler {
  const { db, viewer, now } = { ...defaultDeps, ...deps };
  return async (request, context) => {
    try {
      const rawParams = (await context?.params) ?? {};
      const params = Object.fromEntries(Object.entries(rawParams).map(([name, value]) => [name, Array.isArray(value) ? value.join("/") : value]));
      const signedIn = async (...roles: Role[]) => {
        const who = await viewer();
        if (!who) throw new FhirError(401, "login", "Sign in to BackTrack to use its FHIR API.");
        requireRole(who, ...roles);
        return who;
      };
      const resource = await work({ request, query: new URL(request.url).searchParams, params, links: fhirLinksFor(request), db, now: now(), signedIn });
      return fhirResponse(resource, 200);
    } catch (error) {
      return fhirErrorResponse(request, error);
    }
  };
}

export function fhirResponse(resource: Resource, status: number, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(resource), { status, headers: { ...headers, "Content-Type": FHIR_JSON, "Cache-Control": "no-store" } });
}

function fhirErrorResponse(request: Request, error: unknown): Response {
  if (error instanceof FhirError) return fhirResponse(operationOutcome(error.code, error.message), error.status);
  if (error instanceof NotFoundError) return fhirResponse(operationOutcome("not-found", "Not found."), 404);
  if (error instanceof InvalidInputError) return fhirResponse(operationOutcome("invalid", error.message), 400);
  if (isDatabaseUnavailable(error)) {
    console.warn(`GET ${new URL(request.url).pathname} (FHIR): database unavailable`);
    const outcome = operationOutcome("transient", "BackTrack cannot reach its database right now. Try again in a minute.");
    return fhirResponse(outcome, 503, { "Retry-After": String(DATABASE_RETRY_AFTER_SECONDS) });
  }
  // Log the failure for operators; the caller learns nothing about internals.
  console.error(`GET ${new URL(request.url).pathname} (FHIR) failed:`, error);
  return fhirResponse(operationOutcome("exception", "Something went wrong on our side. Please try again."), 500);
}
