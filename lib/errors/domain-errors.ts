/*
 * Errors the domain raises on purpose. The API maps them to statuses
 * (handleEndpoint); pages turn NotFoundError into the not-found page.
 */

/** Missing, or not the viewer's to see: the two look the same on purpose. */
export class NotFoundError extends Error {
  constructor(message = "Not found.") {
    super(message);
    this.name = "NotFoundError";
  }
}

/** Input that parsed but cannot be accepted; `fields` names each problem for the form. */
export class InvalidInputError extends Error {
  constructor(
    readonly fields: Record<string, string[]>,
    readonly status: 400 | 409 = 400,
  ) {
    super(Object.values(fields).flat()[0] ?? "Invalid input.");
    this.name = "InvalidInputError";
  }
}

/** Too many attempts, or the server is too busy to take this one now: the caller may retry after `retryAfterSeconds`. */
export class TryLaterError extends Error {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
    this.name = "TryLaterError";
  }
}
