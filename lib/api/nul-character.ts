/*
 * PostgreSQL cannot store U+0000 in text: a string holding it fails in the
 * database (SQLSTATE 22021) however valid it looks to a schema, as a 500. No
 * field of BackTrack has a use for it, so input holding one is refused at the
 * edge, naming the field.
 */

export const NUL_MESSAGE = "Text cannot contain the NUL character (\\u0000).";

/**
 * Where `value` holds a NUL character, in a string or an object key: the
 * top-level field it sits under ("" for the value itself), or null when
 * there is none. Walks without recursion, so deeply nested input cannot
 * exhaust the stack.
 */
export function fieldWithNul(value: unknown): string | null {
  const pending: [unknown, string][] = [[value, ""]];
  while (pending.length > 0) {
    const [current, field] = pending.pop()!;
    if (typeof current === "string") {
      if (current.includes("\u0000")) return field;
    } else if (Array.isArray(current)) {
      for (const item of current) pending.push([item, field]);
    } else if (typeof current === "object" && current !== null) {
      for (const [key, item] of Object.entries(current)) {
        if (key.includes("\u0000")) return field;
        pending.push([item, field === "" ? key : field]);
      }
    }
  }
  return null;
}
