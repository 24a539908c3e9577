import { z, type ZodType } from "zod";
import { InvalidInputError } from "./domain-errors";

/** A failed parse as messages per top-level field (what forms show) and messages about the whole input. */
export function fieldErrorsOf(error: z.ZodError): { fields: Record<string, string[]>; formErrors: string[] } {
  const { fieldErrors, formErrors } = z.flattenError(error);
  const fields = Object.fromEntries(Object.entries(fieldErrors).filter((entry): entry is [string, string[]] => Array.isArray(entry[1])));
  return { fields, formErrors };
}

/**
 * Parses input where it is used: lib functions may be called with values that
 * never went through a form or handleEndpoint. Throws InvalidInputError naming
 * each field, as the API would.
 */
export function parseDomainInput<T extends ZodType>(schema: T, value: unknown): z.output<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const { fields, formErrors } = fieldErrorsOf(parsed.error);
  throw new InvalidInputError(Object.keys(fields).length ? fields : { input: formErrors.length ? formErrors : ["Invalid input."] });
}
