import { extendZodWithOpenApi, OpenApiGeneratorV31, OpenAPIRegistry, type RouteConfig } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { FHIR_TAG, FHIR_TAG_DESCRIPTION, fhirRouteConfigs } from "./fhir-openapi-paths";
import { ENDPOINTS } from "./endpoints";
import type { TEndpointContract } from "../api/endpoint-contract";
import { DEFAULT_MAX_JSON_BYTES } from "../api/read-json-body";

// The generator reads metadata through zod methods it adds (registered components need them).
extendZodWithOpenApi(z);

const ZApiError = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.array(z.string())).optional(),
  }),
});

/**
 * The OpenAPI 3.1 description of every endpoint in ENDPOINTS, generated from
 * their zod schemas, and of the FHIR R4 endpoints as a section of their own
 * (their answers are FHIR resources, described by the FHIR specification).
 */
export function buildOpenApiDocument(endpoints: readonly TEndpointContract[] = ENDPOINTS) {
  const registry = new OpenAPIRegistry();
  const apiError = registry.register("ApiError", ZApiError);
  for (const endpoint of endpoints) registry.registerPath(toRouteConfig(endpoint, apiError));
  for (const route of fhirRouteConfigs()) registry.registerPath(route);
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "BackTrack API",
      version: "1",
      description:
        'JSON API of the BackTrack patient-education portal. Errors are `{"error": {"code", "message", "fields"?}}`. ' +
        "Each operation's `x-roles` lists who may call it (`public` for anyone). " +
        "The FHIR R4 section is a separate, read-only FHIR API: its answers and errors are FHIR resources.",
    },
    tags: [{ name: FHIR_TAG, description: FHIR_TAG_DESCRIPTION }],
  });
}

function toRouteConfig(endpoint: TEndpointContract, apiError: z.ZodType): RouteConfig {
  const json = (schema: z.ZodType) => ({ content: { "application/json": { schema } } });
  const errorResponses = Object.fromEntries(
    Object.entries({
      400: "Invalid input: `fields` names each problem.",
      ...(endpoint.roles.includes("public") ? {} : { 401: "Not signed in.", 404: "Not found, or not yours to see (the two look the same)." }),
      ...(endpoint.method === "get" ? {} : { 403: "Not sent from the BackTrack site (CSRF check)." }),
      ...(endpoint.body
        ? {
            413: `The JSON body is larger than ${Math.floor((endpoint.maxBodyBytes ?? DEFAULT_MAX_JSON_BYTES) / 1024)} KiB (refused before it is read in full).`,
            415: "The body is not sent as `application/json`.",
          }
        : {}),
      500: "Unexpected failure.",
      503: "The database cannot be reached right now (`database_unavailable`): nothing was changed; retry after the `Retry-After` header's seconds.",
      ...endpoint.otherResponses,
    }).map(
      // An endpoint's own 503 (health) answers its usual shape.
      ([status, description]) => [status, { description, ...json(status === "503" && endpoint.otherResponses?.[503] ? endpoint.response : apiError) }],
    ),
  );
  return {
    method: endpoint.method,
    path: endpoint.path,
    summary: endpoint.summary,
    tags: [endpoint.tag],
    "x-roles": [...endpoint.roles],
    request: {
      ...(endpoint.params ? { params: endpoint.params as z.ZodObject } : {}),
      ...(endpoint.query ? { query: endpoint.query as z.ZodObject } : {}),
      ...(endpoint.body ? { body: { required: true, ...json(endpoint.body) } } : {}),
    },
    responses: {
      200: { description: "OK", content: { [endpoint.responseType ?? "application/json"]: { schema: endpoint.response } } },
      ...errorResponses,
    },
  };
}
