import { randomUUID } from "node:crypto";

/** The request header (and response header) carrying the id that ties a request's log lines together. */
export const REQUEST_ID_HEADER = "x-request-id";

// Ids from a proxy or a client are kept only when they are short and plain: they go
// into every log line, so nothing that could smuggle text (spaces, quotes, newlines) passes.
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** The incoming `X-Request-Id` when it is sane, else a new random one. */
export function acceptRequestId(incoming: string | string[] | undefined): string {
  const value = Array.isArray(incoming) ? incoming[0] : incoming;
  return value !== undefined && SANE_REQUEST_ID.test(value) ? value : randomUUID();
}

/** The id the production server gave this request (tools/server sets it); undefined outside it (`next dev`). */
export function requestIdOf(headers: Headers | Record<string, string | string[] | undefined>): string | undefined {
  const raw = headers instanceof Headers ? headers.get(REQUEST_ID_HEADER) : headers[REQUEST_ID_HEADER];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value ?? undefined;
}
