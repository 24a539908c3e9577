import pg from "pg";
import type { TEnv } from "../../lib/config/env";
import { isHttpsAddress } from "../../lib/http/public-address";
import { StartupError, StartupRefusal } from "./startup-error";

/** NEXTAUTH_SECRET's minimum length: 32 characters, as `openssl rand -base64 32` gives 44. */
export const MIN_AUTH_SECRET_LENGTH = 32;

/**
 * What live mode demands of the configuration before it touches the
 * database, one StartupError (one printed line) per problem, so an operator
 * fixes them all in one go instead of one per restart.
 */
export function liveConfigurationProblems(env: TEnv): StartupError[] {
  const problems: StartupError[] = [];
  if (!env.NEXTAUTH_SECRET || env.NEXTAUTH_SECRET.length < MIN_AUTH_SECRET_LENGTH) {
    problems.push(
      new StartupError(
        `Live mode needs NEXTAUTH_SECRET of at least ${MIN_AUTH_SECRET_LENGTH} characters (it signs every session).`,
        "Set it to one random value, e.g. `openssl rand -base64 32`, the same for every instance.",
      ),
    );
  }
  if (!isHttpsAddress(env.NEXTAUTH_URL) && !env.BACKTRACK_ALLOW_HTTP) {
    problems.push(
      new StartupError(
        `Live mode needs an https:// NEXTAUTH_URL (the portal's public address), not ${env.NEXTAUTH_URL ?? "none"}.`,
        "Set NEXTAUTH_URL=https://your.portal.example with TLS at your proxy; BACKTRACK_ALLOW_HTTP=1 is for a trusted closed network only.",
      ),
    );
  }
  if (!env.SMTP_URL) {
    problems.push(
      new StartupError(
        "Live mode needs SMTP_URL: invitations, set-up links and password resets go only by email.",
        "Set SMTP_URL=smtp://user:password@mail.example:587 (or smtps://) and MAIL_FROM.",
      ),
    );
  }
  return problems;
}

export interface TDemoData {
  accounts: number;
  clinics: string[];
}

/**
 * Accounts the demo seed made: those of a clinic marked as demo, and any
 * two-factor-exempt account (only the seed makes those), wherever it sits.
 * Their passwords are printed in the README, so live mode must never serve them.
 */
export async function findDemoData(databaseUrl: string): Promise<TDemoData> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const accounts = await client.query<{ count: string }>(
      `SELECT count(*) AS count FROM "User" u JOIN "Clinic" c ON c.id = u."clinicId" WHERE c."isDemo" OR u."twoFactorExempt"`,
    );
    const clinics = await client.query<{ name: string }>(
      `SELECT name FROM "Clinic" c WHERE c."isDemo" OR EXISTS (SELECT 1 FROM "User" u WHERE u."clinicId" = c.id AND u."twoFactorExempt") ORDER BY name`,
    );
    return { accounts: Number(accounts.rows[0]?.count ?? 0), clinics: clinics.rows.map((row) => row.name) };
  } finally {
    await client.end();
  }
}

export function demoDataProblem(found: TDemoData): StartupError | null {
  if (found.accounts === 0 && found.clinics.length === 0) return null;
  return new StartupError(
    `Live mode refuses a database with demo data: ${found.accounts} demo account(s) in ${found.clinics.join(", ") || "demo clinics"}, whose password is public.`,
    "Serve the live clinic from a new, empty database (its own DATABASE_URL, or a new BACKTRACK_DATA_DIR), then `npm run clinic -- create`.",
  );
}

/** Throws every configuration problem at once (StartupRefusal), or nothing. */
export function assertLiveConfiguration(env: TEnv): void {
  const problems = liveConfigurationProblems(env);
  if (problems.length === 1) throw problems[0]!;
  if (problems.length) throw new StartupRefusal(problems);
}

