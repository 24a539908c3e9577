import { z, type ZodType } from "zod";
import { ApiError } from "./api-error";

export type TEndpointRole = "public" | "ADMIN" | "CLINICIAN" | "PATIENT";
export type THttpMethod = "get" | "post" | "put" | "patch" | "delete";

/**
 * What an endpoint takes and answers. The same object drives the route
 * handler's validation and the OpenAPI document, so the two cannot drift.
 */
export interface EndpointContract<TQuery extends ZodType = ZodType, TBody extends ZodType = ZodType, TResponse extends ZodType = ZodType> {
  method: THttpMethod;
  /** OpenAPI path, e.g. `/api/v1/patients/{patientId}`. */
  path: string;
  summary: string;
  tag: string;
  /** Who may call it; published as the operation's `x-roles`. */
  roles: readonly TEndpointRole[];
  query?: TQuery;
  body?: TBody;
  response: TResponse;
  /** Statuses other than 200 the endpoint can answer, with what they mean. */
  otherResponses?: Record<number, string>;
}

export function defineEndpoint<TQuery extends ZodType, TBody extends ZodType, TResponse extends ZodType>(
  contract: EndpointContract<TQuery, TBody, TResponse>,
): EndpointContract<TQuery, TBody, TResponse> {
  return contract;
}

interface HandlerInput<TQuery extends ZodType, TBody extends ZodType> {
  query: z.output<TQuery>;
  body: z.output<TBody>;
  request: Request;
}

/**
 * Turns a contract and a function into a Next.js route handler: parses and
 * validates input, maps errors to the API's error shape, never leaks internals.
 * The function returns the response data, or a Response for special statuses.
 */
export function handleEndpoint<TQuery extends ZodType, TBody extends ZodType, TResponse extends ZodType>(
  contract: EndpointContract<TQuery, TBody, TResponse>,
  handler: (input: HandlerInput<TQuery, TBody>) => Promise<z.input<TResponse> | Response>,
): (request: Request) => Promise<Response> {
  return async (request) => {
    try {
      const query = contract.query ? parseInput(contract.query, Object.fromEntries(new URL(request.url).searchParams)) : undefined;
      const body = contract.body ? parseInput(contract.body, await readJson(request)) : undefined;
      const result = await handler({ query, body, request } as HandlerInput<TQuery, TBody>);
      if (result instanceof Response) return result;
      return Response.json(result, { headers: { "Cache-Control": "no-store" } });
    } catch (error) {
      if (error instanceof ApiError) return error.toResponse();
      // Log the failure for operators; the caller learns nothing about internals.
      console.error(`${contract.method.toUpperCase()} ${contract.path} failed:`, error);
      return new ApiError(500, "internal_error", "Something went wrong on our side. Please try again.").toResponse();
    }
  };
}

function parseInput<T extends ZodType>(schema: T, value: unknown): z.output<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const { fieldErrors, formErrors } = z.flattenError(parsed.error);
  const fields = Object.fromEntries(Object.entries(fieldErrors).filter((entry): entry is [string, string[]] => Array.isArray(entry[1])));
  const message = formErrors[0] ?? `Check these fields: ${Object.keys(fields).join(", ")}.`;
  throw new ApiError(400, "invalid_request", message, Object.keys(fields).length ? fields : undefined);
}

async function readJson(request: Request): Promise<unknown> {
  if (!(request.headers.get("content-type") ?? "").includes("application/json")) {
    throw new ApiError(415, "unsupported_media_type", "Send the request body as JSON (Content-Type: application/json).");
  }
  try {
    return await request.json();
  } catch {
    throw new ApiError(400, "invalid_json", "The request body is not valid JSON.");
  }
}
