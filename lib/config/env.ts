import { z } from "zod";

/** The demo accounts' password unless DEMO_PASSWORD says otherwise (seed, start-up banner, e2e sign-ins). */
export const DEFAULT_DEMO_PASSWORD = "backtrack-demo";

/**
 * Every environment variable BackTrack reads, with its default. Parsed once;
 * a bad value stops start-up with the variable's name (README: Configuration).
 */
const ZEnv = z.object({
  /** Set by Next.js (development for `next dev`); only next.config reads it. */
  NODE_ENV: z.enum(["development", "production", "test"]).optional(),
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
  /** demo: demo clinics and accounts (demo staff need no second sign-in step); live: a real clinic, two-factor sign-in required for all staff. */
  BACKTRACK_MODE: z.enum(["demo", "live"]).default("demo"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** The address the web server listens on; unset, loopback only (a proxy or container sets e.g. 0.0.0.0). */
  HOST: z.string().trim().min(1).optional().or(z.literal("").transform(() => undefined)),
  /** "1": live mode applies pending migrations at start-up (demo mode always does); otherwise it refuses to start with them pending. */
  MIGRATE_ON_START: z
    .enum(["0", "1", ""], { message: "must be 1 or unset" })
    .default("0")
    .transform((value) => value === "1"),
  BACKTRACK_DATA_DIR: z.string().min(1).default(".data"),
  /** 0 picks any free port (the test runs do). */
  BACKTRACK_PG_PORT: z.coerce.number().int().min(0).max(65535).default(54329),
  DEMO_PASSWORD: z.string().min(12, "must be at least 12 characters").default(DEFAULT_DEMO_PASSWORD),
  /** Signs the session cookies. Unset: the launcher generates one into the data folder. */
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** The portal's public address; links in invitations start with it. */
  NEXTAUTH_URL: z.url().optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(7 * 24).default(12),
  INVITATION_TTL_HOURS: z.coerce.number().int().min(1).max(30 * 24).default(72),
  /** e.g. smtp://user:pass@mail.example:587; unset in demo mode, every email goes to the demo mailbox (/demo/mailbox). */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL").optional(),
  MAIL_FROM: z.string().default("BackTrack <no-reply@backtrack.invalid>"),
  /** How many reverse proxies of ours stand in front of the app; each appends one X-Forwarded-For entry. */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** "1" lets the app serve a non-loopback NEXTAUTH_URL over plain http (a closed test network only). */
  BACKTRACK_ALLOW_HTTP: z
    .enum(["0", "1", ""], { message: "must be 1 or unset" })
    .default("0")
    .transform((value) => value === "1"),
  /** After SIGTERM, keep serving this long while the readiness check answers 503, so a proxy that polls it stops sending first. */
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().int().min(0).max(5).default(0),
  /** "0" keeps the job queue's workers out of this web process (run `npm run worker` beside it instead). */
  BACKTRACK_JOBS: z
    .enum(["0", "1", ""], { message: "must be 0 or 1" })
    .default("1")
    .transform((value) => value !== "0"),
  /** "1" (never in live mode) serves POST /api/v1/test-hooks/reminder-scan, which runs the scan at a given time for the browser tests. */
  BACKTRACK_TEST_HOOKS: z
    .enum(["0", "1", ""], { message: "must be 1 or unset" })
    .default("0")
    .transform((value) => value === "1"),
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

/** The name of every variable BackTrack reads (deploy/compose.yaml may set only these). */
export const ENV_KEYS = Object.keys(ZEnv.shape) as (keyof TEnv)[];
let parsedEnv: { raw: (string | undefined)[]; env: TEnv } | undefined;

/**
 * The process's environment, parsed on first use and then reused. A process's
 * environment does not change in production; tests that stub a variable get
 * it re-read, because the cache is keyed on the raw values of the variables
 * BackTrack reads (a dozen string comparisons, no zod).
 */
export function getEnv(): TEnv {
  const raw = ENV_KEYS.map((key) => process.env[key]);
  if (!parsedEnv || raw.some((value, index) => value !== parsedEnv?.raw[index])) {
    parsedEnv = { raw, env: parseEnv(process.env) };
  }
  return parsedEnv.env;
}
