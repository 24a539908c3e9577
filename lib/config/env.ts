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
  /** The tables' owner, for migrations and schema set-up; DATABASE_URL is then the app's own role (README: Audit trail and database roles). */
  DATABASE_OWNER_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection string")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** live: a real clinic (stricter start-up checks); demo: the default. */
  BACKTRACK_MODE: z.enum(["demo", "live"]).default("demo"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  BACKTRACK_DATA_DIR: z.string().min(1).default(".data"),
  /** 0 picks any free port (the test runs do). */
  BACKTRACK_PG_PORT: z.coerce.number().int().min(0).max(65535).default(54329),
  DEMO_PASSWORD: z.string().min(12, "must be at least 12 characters").default("backtrack-demo"),
  /** Signs the session cookies. Unset: the launcher generates one into the data folder. */
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** The portal's public address; links in invitations start with it. */
  NEXTAUTH_URL: z.url().optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(7 * 24).default(12),
  INVITATION_TTL_HOURS: z.coerce.number().int().min(1).max(30 * 24).default(72),
  /** e.g. smtp://user:pass@mail.example:587; unset, invitation links are only shown to copy or print. */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL").optional(),
  MAIL_FROM: z.string().default("BackTrack <no-reply@backtrack.invalid>"),
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
