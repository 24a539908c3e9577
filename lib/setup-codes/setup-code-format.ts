import { createHash, randomInt } from "node:crypto";

/** No 0/O, 1/I/L: a code read off paper is typed without guessing. 31 symbols x 12 = about 59 bits. */
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const LENGTH = 12;

/** A code works for this long after it is printed: the patient sets up at home the same day or the next. */
export const SETUP_CODE_TTL_HOURS = 24;

/** e.g. "K7MP-Q2XR-9TDA" */
export function newSetupCode(): { code: string; codeHash: string } {
  const symbols = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  const code = symbols.match(/.{4}/g)!.join("-");
  return { code, codeHash: hashSetupCode(code) };
}

/** Case, spaces and dashes do not matter when typing it. */
export function normaliseSetupCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, "");
}

export function hashSetupCode(code: string): string {
  return createHash("sha256").update(`setup-code:${normaliseSetupCode(code)}`).digest("hex");
}
