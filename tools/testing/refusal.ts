import { expect } from "vitest";
import { InvalidInputError } from "../../lib/errors/domain-errors";

/** Awaits a call that must be refused for its input, and hands back the error to check its fields. */
export async function refusal(promise: Promise<unknown>): Promise<InvalidInputError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(InvalidInputError);
  return error as InvalidInputError;
}
