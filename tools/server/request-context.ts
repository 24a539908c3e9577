import { AsyncLocalStorage } from "node:async_hooks";

/**
 * The request being served, for log lines written deep inside Next's handler
 * (console.error of a failed render): they carry the same id as the request's line.
 */
export const requestContext = new AsyncLocalStorage<{ requestId: string }>();
