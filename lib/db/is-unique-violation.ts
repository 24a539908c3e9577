/** A write refused by a unique index (Prisma's P2002), e.g. a client key or a name another save took a moment earlier. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
