import type { ZodType } from "zod";

/*
 * The contract half of an endpoint, with no server code: client components
 * import contracts to call the API (lib/api/api-client.ts), so nothing here or
 * in a contract file may reach the database, next-auth or Node built-ins.
 */

export type TEndpointRole = "public" | "ADMIN" | "CLINICIAN" | "PATIENT";
export type THttpMethod = "get" | "post" | "put" | "patch" | "delete";

/**
 * What an endpoint takes and answers. The same object drives the route
 * handler's validation and the OpenAPI document, so the two cannot drift.
 */
export interface TEndpointContract<
  TQuery extends ZodType = ZodType,
  TBody extends ZodType = ZodType,
  TResponse extends ZodType = ZodType,
  TParams extends ZodType = ZodType,
> {
  method: THttpMethod;
  /** OpenAPI path, e.g. `/api/v1/patients/{patientId}`. */
  path: string;
  summary: string;
  tag: string;
  /** Who may call it; published as the operation's `x-roles`. */
  roles: readonly TEndpointRole[];
  /** Path segments, e.g. `{patientId}`. */
  params?: TParams;
  query?: TQuery;
  body?: TBody;
  response: TResponse;
  /** The 200 answer's media type when it is not JSON (a file): `response` then describes it as a string. */
  responseType?: string;
  /** The largest JSON body read, in bytes, when more than the default 64 KiB (lib/api/read-json-body.ts). */
  maxBodyBytes?: number;
  /** Statuses other than 200 the endpoint can answer, with what they mean. */
  otherResponses?: Record<number, string>;
}

export function defineEndpoint<TQuery extends ZodType, TBody extends ZodType, TResponse extends ZodType, TParams extends ZodType>(
  contract: TEndpointContract<TQuery, TBody, TResponse, TParams>,
): TEndpointContract<TQuery, TBody, TResponse, TParams> {
  return contract;
}
