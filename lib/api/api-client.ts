import type { TApiErrorBody } from "./api-error";

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

/** Calls the JSON API from the browser; throws ApiClientError on any non-2xx answer or network failure. */
export async function callApi<T>(method: "GET" | "POST" | "PUT", path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
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
  return payload as T;
}
