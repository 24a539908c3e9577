import type { z, ZodType } from "zod";
import type { TViewer } from "../auth/viewer-types";
import { InvalidInputError, NotFoundError, TryLaterError } from "../errors/domain-errors";
import { fieldErrorsOf } from "../errors/parse-input";
import { isDatabaseUnavailable } from "../db/database-unavailable";
import { ApiError, databaseUnavailable } from "./api-error";
import { fieldWithNul, NUL_MESSAGE } from "./nul-character";
import type { TEndpointContract } from "./endpoint-contract";
import { readJsonBody } from "./read-json-body";
import { checkSameOrigin } from "./same-origin";

interface PublicHandlerInput<TQuery extends ZodType, TBody extends ZodType, TParams extends ZodType> {
  params: z.output<TParams>;
  query: z.output<TQuery>;
  body: z.output<TBody>;
  request: Request;
}

interface HandlerInput<TQuery extends ZodType, TBody extends ZodType, TParams extends ZodType> extends PublicHandlerInput<TQuery, TBody, TParams> {
  viewer: TViewer;
}

type RouteContext = { params?: Promise<Record<string, string | string[]>> };
type RouteHandler = (request: Request, context?: RouteContext) => Promise<Response>;
type ViewerResolver = () => Promise<TViewer | null>;

/** The signed-in viewer, loaded only when an endpoint needs one (keeps next-auth out of public routes). */
const resolveViewer: ViewerResolver = async () => (await import("../auth/viewer")).getViewer();

/**
 * Turns a contract and a function into a Next.js route handler for signed-in
 * callers: 401 without a session, 404 for a role the contract does not list
 * (never confirming that anything exists), a same-origin check on writes,
 * validated input, and errors in the API's one shape.
 */
export function handleEndpoint<TQuery extends ZodType, TBody extends ZodType, TResponse extends ZodType, TParams extends ZodType>(
  contract: TEndpointContract<TQuery, TBody, TResponse, TParams>,
  handler: (input: HandlerInput<TQuery, TBody, TParams>) => Promise<z.input<TResponse> | Response>,
  options: { viewer?: ViewerResolver } = {},
): RouteHandler {
  if (contract.roles.includes("public")) throw new Error(`${contract.path} is public: use handlePublicEndpoint`);
  return respond(contract, async (request, context) => {
    const viewer = await (options.viewer ?? resolveViewer)();
    if (!viewer) throw new ApiError(401, "unauthenticated", "Sign in to use this.");
    if (!contract.roles.includes(viewer.role)) throw new NotFoundError();
    return handler({ ...(await parseRequest(contract, request, context)), viewer });
  });
}

/** The same for endpoints anyone may call (`roles: ["public"]`). */
export function handlePublicEndpoint<TQuery extends ZodType, TBody extends ZodType, TResponse extends ZodType, TParams extends ZodType>(
  contract: TEndpointContract<TQuery, TBody, TResponse, TParams>,
  handler: (input: PublicHandlerInput<TQuery, TBody, TParams>) => Promise<z.input<TResponse> | Response>,
): RouteHandler {
  if (!contract.roles.includes("public")) throw new Error(`${contract.path} is not public: use handleEndpoint`);
  return respond(contract, async (request, context) => handler(await parseRequest(contract, request, context)));
}

function respond(contract: TEndpointContract, work: (request: Request, context?: RouteContext) => Promise<unknown>): RouteHandler {
  return async (request, context) => {
    try {
      if (contract.method !== "get") checkSameOrigin(request);
      const result = await work(request, context);
      if (result instanceof Response) return result;
      return Response.json(result, { headers: { "Cache-Control": "no-store" } });
    } catch (error) {
      return errorResponse(contract, error);
    }
  };
}

async function parseRequest<TQuery extends ZodType, TBody extends ZodType, TParams extends ZodType>(
  contract: TEndpointContract<TQuery, TBody, ZodType, TParams>,
  request: Request,
  context: RouteContext | undefined,
): Promise<PublicHandlerInput<TQuery, TBody, TParams>> {
  const params = contract.params ? parseInput(contract.params, (await context?.params) ?? {}) : undefined;
  const query = contract.query ? parseInput(contract.query, Object.fromEntries(new URL(request.url).searchParams)) : undefined;
  const body = contract.body ? parseInput(contract.body, await readJsonBody(request, contract.maxBodyBytes)) : undefined;
  return { params, query, body, request } as PublicHandlerInput<TQuery, TBody, TParams>;
}

function errorResponse(contract: TEndpointContract, error: unknown): Response {
  if (error instanceof ApiError) return error.toResponse();
  if (error instanceof NotFoundError) return new ApiError(404, "not_found", "Not found.").toResponse();
  if (error instanceof InvalidInputError) {
    return new ApiError(error.status, error.status === 409 ? "conflict" : "invalid_request", error.message, error.fields).toResponse();
  }
  if (error instanceof TryLaterError) {
    return new ApiError(429, "too_many_requests", error.message, undefined, { "Retry-After": String(error.retryAfterSeconds) }).toResponse();
  }
  if (isDatabaseUnavailable(error)) {
    // Expected while PostgreSQL restarts: one line per request, not a stack trace each.
    console.warn(`${contract.method.toUpperCase()} ${contract.path}: database unavailable (${oneLine(error)})`);
    return databaseUnavailable(contract.method).toResponse();
  }
  // Log the failure for operators; the caller learns nothing about internals.
  console.error(`${contract.method.toUpperCase()} ${contract.path} failed:`, error);
  return new ApiError(500, "internal_error", "Something went wrong on our side. Please try again.").toResponse();
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.trim().split("\n").at(-1)?.slice(0, 200) ?? "";
}

function parseInput<T extends ZodType>(schema: T, value: unknown): z.output<T> {
  const nulField = fieldWithNul(value);
  if (nulField !== null) throw new ApiError(400, "invalid_request", NUL_MESSAGE, nulField ? { [nulField]: [NUL_MESSAGE] } : undefined);
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const { fields, formErrors } = fieldErrorsOf(parsed.error);
  const message = formErrors[0] ?? `Check these fields: ${Object.keys(fields).join(", ")}.`;
  throw new ApiError(400, "invalid_request", message, Object.keys(fields).length ? fields : undefined);
}
