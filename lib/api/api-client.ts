import type { z, ZodType } from "zod";
import type { TApiErrorBody } from "./api-error";
import type { TEndpointContract } from "./endpoint-contract";

/** An API error as the browser sees it: status, code, message and, for forms, the problem per field. */
export class ApiClientError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string[]> = {},
  ) {
    super(message);
    this.name = "ApiClientError";
  }
}

const REQUEST_TIMEOUT_MS = 30_000;

type TInputOf<TSchema> = TSchema extends ZodType ? z.input<TSchema> : never;

/** What a call sends: the contract's path parameters, query and body, typed by its schemas. */
export interface TCallApiInput<TContract extends TEndpointContract> {
  params?: TInputOf<TContract["params"]>;
  query?: TInputOf<TContract["query"]>;
  body?: TInputOf<TContract["body"]>;
}

/** The answer as the contract's response schema describes it. */
export type TApiResponse<TContract extends TEndpointContract> = z.output<TContract["response"]>;

/** The contract's path with its `{name}` segments filled in, and the query appended. */
export function apiUrl(contract: Pick<TEndpointContract, "path">, input: { params?: unknown; query?: unknown } = {}): string {
  const params = (input.params ?? {}) as Record<string, unknown>;
  const path = contract.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === null) throw new Error(`${contract.path} needs the path parameter ${name}`);
    return encodeURIComponent(String(value));
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries((input.query ?? {}) as Record<string, unknown>)) {
    if (value !== undefined && value !== null) search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

/**
 * Calls an endpoint of the JSON API from the browser, typed by its contract;
 * throws ApiClientError on any non-2xx answer or network failure. The answer
 * is not re-validated: the server validated it against the same schema.
 */
export async function callApi<TContract extends TEndpointContract>(contract: TContract, input: TCallApiInput<TContract> = {}): Promise<TApiResponse<TContract>> {
  const url = apiUrl(contract, input);
  const body = contract.method === "get" ? undefined : (input.body ?? {});
  let response: Response;
  try {
    response = await fetch(url, {
      method: contract.method.toUpperCase(),
      headers: body === undefined ? undefined : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "same-origin",
      // A request that hangs is treated like a dropped connection, so the person can send again.
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch {
    throw new ApiClientError(0, "network", "We could not reach BackTrack. Check your connection and try again.");
  }
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (payload as TApiErrorBody | null)?.error;
    throw new ApiClientError(response.status, error?.code ?? "unknown", error?.message ?? "Something went wrong. Please try again.", error?.fields);
  }
  return payload as TApiResponse<TContract>;
}
