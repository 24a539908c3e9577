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
  ) {
    super(message);
    this.name = "ApiError";
  }

  toResponse(): Response {
    const body: TApiErrorBody = { error: { code: this.code, message: this.message, ...(this.fields ? { fields: this.fields } : {}) } };
    return Response.json(body, { status: this.status, headers: { "Cache-Control": "no-store" } });
  }
}

/** Not found and not allowed look the same, so a response never confirms that a record exists. */
export function notFound(message = "Not found."): ApiError {
  return new ApiError(404, "not_found", message);
}
