import { parseArgs } from "node:util";
import { createClinic } from "../../lib/clinics/create-clinic";
import { listClinics } from "../../lib/clinics/list-clinics";
import { sendSetUpEmail } from "../../lib/clinics/send-set-up-email";
import { setUpLinkUrl } from "../../lib/clinics/set-up-link";
import type { TEnv } from "../../lib/config/env";
import { createDatabaseClient } from "../../lib/db/client";
import { listMigrationNames } from "../../lib/db/migration-names";
import { InvalidInputError } from "../../lib/errors/domain-errors";
import { closeMailTransport } from "../../lib/mail/send-email";
import { grantAppPrivileges, roleOf } from "../db/app-role";
import { pendingMigrations } from "../db/pending-migrations";
import { applyPendingMigrations } from "../db/schema-engine";
import type { TProvidedDatabase } from "../launcher/database";
import { assertNoPendingMigrations } from "../launcher/prepare-database";
import { runCli, withDatabase } from "../launcher/run-cli";
import { StartupError } from "../launcher/startup-error";
import { publicAddress } from "../server/startup-security";

/*
 * `npm run clinic -- create --name "Harbor Physio" --admin-email owner@harbor.example
 *    [--admin-name "Sam Harbor"] [--time-zone Europe/London] [--acute-weeks 4|6]`
 * `npm run clinic -- list`
 * Against the configured database (DATABASE_URL, or the embedded one), in either mode.
 */
const USAGE = 'Run `npm run clinic -- create --name "Harbor Physio" --admin-email owner@harbor.example [--time-zone Europe/London] [--acute-weeks 4|6]` or `npm run clinic -- list`.';

const OPTION_OF_FIELD: Record<string, string> = {
  name: "--name",
  adminEmail: "--admin-email",
  adminName: "--admin-name",
  timeZone: "--time-zone",
  acuteWeeks: "--acute-weeks",
};

runCli(async () => {
  const [command, ...rest] = process.argv.slice(2);
  if (command === "create") return create(rest);
  if (command === "list") return list(rest);
  throw new StartupError(command ? `Unknown clinic command "${command}".` : "Which clinic command?", USAGE);
});

async function create(args: string[]): Promise<void> {
  const options = parseOptions(args, {
    name: { type: "string" },
    "admin-email": { type: "string" },
    "admin-name": { type: "string" },
    "time-zone": { type: "string" },
    "acute-weeks": { type: "string" },
  });
  const name = options.name;
  const adminEmail = options["admin-email"];
  if (name === undefined) throw new StartupError("--name is missing.", USAGE);
  if (adminEmail === undefined) throw new StartupError("--admin-email is missing.", USAGE);

  await withDatabase(async (database, env) => {
    // Live mode sends the link only by email: refuse before anything is written.
    if (env.BACKTRACK_MODE === "live" && !env.SMTP_URL) throw new StartupError("Live mode needs SMTP_URL to email the admin's set-up link.", "Set SMTP_URL, then run the command again.");
    await ensureSchema(database, env);
    const db = createDatabaseClient(database.url);
    try {
      const created = await createClinic(db, {
        name,
        adminEmail,
        adminName: options["admin-name"],
        timeZone: options["time-zone"],
        acuteWeeks: options["acute-weeks"],
      }).catch((error: unknown) => {
        if (error instanceof InvalidInputError) throw refusal(error, options);
        throw error;
      });
      const url = setUpLinkUrl(created.setUpToken, publicAddress(env));
      const { clinic, admin } = created;
      console.log(`Created the clinic ${clinic.name} (${clinic.slug}): time zone ${clinic.timeZone}, acute phase under ${clinic.acuteWeeks} weeks.`);
      const emailed = await sendSetUpEmail({ to: admin.email, clinicName: clinic.name, url, expiresAt: created.expiresAt }).then(
        () => null,
        (error: unknown) => (error instanceof Error ? error.message : String(error)),
      );
      console.log(emailed === null ? `Emailed the set-up link to ${admin.email}.` : `Could not email ${admin.email} (${emailed}): give them the link below yourself.`);
      console.log(`Set-up link (shown only now; it works once, until ${created.expiresAt.toUTCString()}):\n  ${url}`);
    } finally {
      closeMailTransport();
      await db.$disconnect();
    }
  });
}

async function list(args: string[]): Promise<void> {
  parseOptions(args, {});
  await withDatabase(async (database, env) => {
    await ensureSchema(database, env);
    const db = createDatabaseClient(database.url);
    try {
      const clinics = await listClinics(db);
      if (!clinics.length) {
        console.log("No clinics yet. Create one with `npm run clinic -- create`.");
        return;
      }
      const rows = [
        ["Clinic", "Handle", "Staff", "Patients", "Time zone", "Acute weeks"],
        ...clinics.map((clinic) => [`${clinic.name}${clinic.isDemo ? " (demo)" : ""}`, clinic.slug, String(clinic.staff), String(clinic.patients), clinic.timeZone, String(clinic.acuteWeeks)]),
      ];
      const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
      for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join("  ").trimEnd());
    } finally {
      await db.$disconnect();
    }
  });
}

/**
 * A database never migrated (a new external one) gets the schema now, as its
 * owner: there is nothing in it to lose. One part-way through an upgrade
 * follows start-up's rule: demo mode migrates, live mode only with MIGRATE_ON_START=1.
 */
async function ensureSchema(database: TProvidedDatabase, env: TEnv): Promise<void> {
  const pending = await pendingMigrations(database.ownerUrl);
  if (!pending.length) return;
  const fresh = pending.length === listMigrationNames().length;
  if (env.BACKTRACK_MODE === "live" && !fresh && !env.MIGRATE_ON_START) await assertNoPendingMigrations(database.ownerUrl);
  const applied = await applyPendingMigrations(database.ownerUrl);
  if (roleOf(database.url) !== roleOf(database.ownerUrl)) await grantAppPrivileges(database.ownerUrl, roleOf(database.url));
  console.log(`Applied ${applied.length} migration(s) first.`);
}

function parseOptions<T extends Record<string, { type: "string" }>>(args: string[], spec: T): { [K in keyof T]?: string } {
  try {
    return parseArgs({ args, options: spec, strict: true, allowPositionals: false }).values as { [K in keyof T]?: string };
  } catch (error) {
    throw new StartupError(error instanceof Error ? error.message.split("\n")[0]! : String(error), USAGE);
  }
}

/** The first problem, named by the option the operator typed. */
function refusal(error: InvalidInputError, typed: Record<string, string | undefined>): StartupError {
  const [field, messages] = Object.entries(error.fields)[0] ?? ["input", [error.message]];
  const option = OPTION_OF_FIELD[field] ?? field;
  const value = typed[option.slice(2)];
  return new StartupError(`${option}${value === undefined ? "" : ` "${value}"`}: ${messages[0] ?? error.message}`, "Nothing was created.");
}
