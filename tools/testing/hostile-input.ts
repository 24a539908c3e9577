import fc from "fast-check";

/*
 * Values nobody should send, for fuzzing the API (lib/api/endpoint-fuzzing.test.ts):
 * wrong types, huge strings, odd Unicode, SQL and script payloads, deep nesting.
 */

export const SQL_PAYLOADS = [
  "' OR 1=1 --",
  `'; DROP TABLE "User"; --`,
  `" OR ""="`,
  "1; SELECT pg_sleep(5)",
  `'); DELETE FROM "CheckIn"; --`,
  "%' OR '%'='",
  "$1",
  "\\",
] as const;

export const SCRIPT_PAYLOADS = [
  "<script>alert(1)</script>",
  `"><img src=x onerror=alert(1)>`,
  "javascript:alert(1)",
  "<svg onload=alert(1)>",
  "{{constructor.constructor('alert(1)')()}}",
  "=HYPERLINK(\"http://evil.example\")",
] as const;

export const ODD_UNICODE = [
  "\u0000",
  "note\u0000with NUL",
  "\ud800",
  "lone \udfff surrogate",
  "\u202eRTL override\u202c",
  "\u200f\u200eRTL and LTR marks",
  "zero\u200bwidth\u200c\u200d\ufeff",
  "😀👨‍👩‍👧‍👦🏳️‍🌈",
  "e\u0301\u0301\u0301",
  "\u0007\u001b[31mcontrol",
  "\uffff\ufffe",
  "𝕳𝖊𝖑𝖑𝖔",
  "\r\n\t",
  "   ",
  "",
] as const;

/** Strings that look like other things. */
export const LOOKALIKES = ["null", "undefined", "NaN", "-1", "1e309", "0x10", "2026-02-30", "9999-12-31", "0000-00-00", "__proto__", "constructor", "true"] as const;

export const HUGE_STRINGS = ["x".repeat(100_000), "😀".repeat(50_000), "ر".repeat(100_000)] as const;

/** Any UTF-16 code unit, lone surrogates and NUL included. */
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...SQL_PAYLOADS, ...SCRIPT_PAYLOADS, ...ODD_UNICODE, ...LOOKALIKES),
  fc.constantFrom(...HUGE_STRINGS),
  fc.string({ unit: anyCodeUnit, maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
);

/** JSON nested `depth` levels deep: arrays or objects. */
export function deeplyNested(depth: number, kind: "array" | "object"): unknown {
  let value: unknown = "bottom";
  for (let level = 0; level < depth; level++) value = kind === "array" ? [value] : { a: value };
  return value;
}

const numberish = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(-1, 0, -0, 11, 1e308, 2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER + 2, 0.5),
);

/** A JSON value of the wrong kind for almost any field. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 2, arbitrary: numberish },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(hostileString, hostileString, { maxKeys: 3 }) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 20, max: 2_000 }), fc.constantFrom("array" as const, "object" as const)).map(([depth, kind]) => deeplyNested(depth, kind)) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

export interface TRawBody {
  contentType: string | null;
  text: string;
}

/** Bodies that are not a JSON object, or not JSON, or say they are something else. */
export const hostileRawBody: fc.Arbitrary<TRawBody> = fc.oneof(
  fc.record({
    contentType: fc.constantFrom("application/json", "application/json; charset=utf-8"),
    text: fc.oneof(
      fc.constantFrom("", "{", "{not json", "null", "42", '"text"', "[]", "true", '{"a":1}garbage', "\u0000", "{\"a\":\"\\ud800\"}"),
      fc.constant("[".repeat(200_000) + "]".repeat(200_000)),
      fc.constant('{"a":'.repeat(50_000) + "1" + "}".repeat(50_000)),
      hostileString,
    ),
  }),
  fc.record({
    contentType: fc.constantFrom(null, "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml", "application/jsonp"),
    text: fc.oneof(fc.constantFrom('{"painNow":4}', "painNow=4", "<a/>"), hostileString),
  }),
);

/** `base` with some fields dropped, some replaced by hostile values, and perhaps extra ones. */
export function mutatedObject(base: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<Record<string, unknown>> {
  return base.chain((valid) => {
    const keys = Object.keys(valid);
    return fc
      .record({
        dropped: fc.subarray(keys, { maxLength: Math.min(2, keys.length) }),
        replaced: fc.dictionary(fc.constantFrom(...(keys.length ? keys : ["x"])), hostileValue, { minKeys: 1, maxKeys: 2 }),
        extra: fc.dictionary(fc.oneof(fc.constantFrom("__proto__", "constructor", "id", "patientId", "role", "clinicId", "createdAt"), hostileString), hostileValue, { maxKeys: 2 }),
      })
      .map(({ dropped, replaced, extra }) => {
        const value: Record<string, unknown> = { ...extra, ...valid, ...replaced };
        for (const key of dropped) delete value[key];
        return value;
      });
  });
}

/** `base` with one field's value replaced by a hostile string: often still valid, so the string reaches the database. */
export function hostileText(base: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<Record<string, unknown>> {
  return base.chain((valid) => {
    const keys = Object.keys(valid);
    if (keys.length === 0) return fc.constant(valid);
    return fc.tuple(fc.constantFrom(...keys), hostileString).map(([key, text]) => ({ ...valid, [key]: text }));
  });
}
