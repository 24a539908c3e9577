/** The one error shape of the JSON API: `{"error": {"code", "message", "fields"?}}`. */
export type TApiErrorBody = {
  error: { code: string; message: string; fields?: Record<string, string[]> };
};

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string[]>,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }

  toResponse(): Response {
    const body: TApiErrorBody = { error: { code: this.code, message: this.message, ...(this.fields ? { fields: this.fields } : {}) } };
    return Response.json(body, { status: this.status, headers: { ...this.headers, "Cache-Control": "no-store" } });
  }
}

/** Not found and not allowed look the same, so a response never confirms that a record exists. */
export function notFound(message = "Not found."): ApiError {
  return new ApiError(404, "not_found", message);
}

/** Seconds a client should wait before retrying while the database is away (a restart or failover takes about that). */
export const DATABASE_RETRY_AFTER_SECONDS = 30;

/**
 * 503 while PostgreSQL cannot be reached: a temporary state the caller can
 * retry (with the same request key, a save is never stored twice). A write
 * says plainly that it was not saved.
 */
export function databaseUnavailable(method: string): ApiError {
  const message =
    method.toLowerCase() === "get"
      ? "BackTrack cannot reach its database right now. Try again in a minute."
      : "BackTrack cannot reach its database right now. Your answers were not saved; try again in a minute.";
  return new ApiError(503, "database_unavailable", message, undefined, { "Retry-After": String(DATABASE_RETRY_AFTER_SECONDS) });
}
