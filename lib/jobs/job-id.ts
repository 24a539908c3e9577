import { createHash } from "node:crypto";

/**
 * A UUID fixed by `key`: pg-boss inserts jobs with ON CONFLICT DO NOTHING on
 * their id, so two instances (or two scans) enqueueing the same delivery make
 * one job.
 */
export function jobIdFor(key: string): string {
  const hex = createHash("sha256").update(key).digest("hex");
  // Shaped as a version-8 (custom) UUID with the RFC 9562 variant bits.
  const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
