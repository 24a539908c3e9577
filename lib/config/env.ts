import { z } from "zod";

/**
 * Every environment variable BackTrack reads, with its default. Parsed once;
 * a bad value stops start-up with the variable's name (README: Configuration).
 */
const ZEnv = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection string")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  BACKTRACK_DATA_DIR: z.string().min(1).default(".data"),
  /** 0 picks any free port (the test runs do). */
  BACKTRACK_PG_PORT: z.coerce.number().int().min(0).max(65535).default(54329),
  DEMO_PASSWORD: z.string().min(12, "must be at least 12 characters").default("backtrack-demo"),
});

export type TEnv = z.infer<typeof ZEnv>;

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined> = process.env): TEnv {
  const parsed = ZEnv.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
    throw new EnvError(`Invalid configuration: ${problems.join("; ")}`);
  }
  return parsed.data;
}
