/*
 * What a log line may say about an error. Driver and database messages can echo
 * the values of a query (PostgreSQL's "Key (email)=(...) already exists", a bad
 * value in quotes), so the message keeps its first line with quoted text and
 * key=(value) pairs masked, Prisma's `meta` (which carries the driver's error)
 * is left out, and the stack keeps only its frames (its first line repeats the message).
 * Prisma 7 prints a validation error's call with its arguments whatever the
 * client's `errorFormat`, so of a Prisma error only the last line (what was wrong) is kept.
 */
export interface TSafeError {
  type: string;
  message: string;
  /** Prisma's error code (P2002...) or PostgreSQL's SQLSTATE. */
  code?: string;
  stack?: string;
}

const MESSAGE_LIMIT = 300;

export function safeErrorFields(error: unknown): TSafeError {
  if (!(error instanceof Error)) return { type: typeof error, message: "(not an Error)" };
  const code = (error as { code?: unknown }).code;
  const frames = error.stack
    ?.split("\n")
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 12)
    .join("\n");
  return {
    type: error.name || error.constructor.name,
    message: maskValues(prismaSummary(error) ?? error.message),
    ...(typeof code === "string" && /^[A-Z0-9_]{1,12}$/.test(code) ? { code } : {}),
    ...(frames ? { stack: frames } : {}),
  };
}

/** The first line of a message with anything that may be a value masked. */
export function maskValues(message: string): string {
  const firstLine = message.trim().split("\n")[0] ?? "";
  return firstLine
    .replace(/\)=\([^)]*\)/g, ")=(…)")
    .replace(/"[^"]*"/g, '"…"')
    .replace(/'[^']*'/g, "'…'")
    .replace(/\b[^\s@]+@[^\s@]+\.[^\s@]+\b/g, "…@…")
    .slice(0, MESSAGE_LIMIT);
}

function prismaSummary(error: Error): string | undefined {
  if (!error.name.startsWith("PrismaClient")) return undefined;
  return error.message
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .at(-1);
}
