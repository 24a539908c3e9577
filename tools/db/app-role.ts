import pg from "pg";

/** The role the embedded database's app connects as: it owns nothing. */
export const APP_ROLE = "backtrack_app";

/*
 * The app connects as a role that owns no table and may only INSERT and
 * SELECT the audit trail, so a flaw in the app (or a stolen connection string)
 * cannot rewrite history: UPDATE, DELETE and TRUNCATE of "AuditEvent" are
 * refused by privileges as well as by the table's triggers (which the table's
 * owner could drop). Migrations and schema set-up run as the owner.
 */

/** The role a connection string signs in as. */
export function roleOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

/** Creates (or sets the password of) the app role; needs a role that may CREATE ROLE, as the embedded superuser can. */
export async function ensureAppRole(ownerUrl: string, role: string, password: string): Promise<void> {
  await withClient(ownerUrl, async (client) => {
    const exists = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role]);
    const verb = exists.rowCount === 0 ? "CREATE" : "ALTER";
    // Utility statements take no bind parameters: the password is quoted as a literal.
    await client.query(`${verb} ROLE ${pg.escapeIdentifier(role)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD ${pg.escapeLiteral(password)}`);
  });
}

/** The grants, as SQL; README shows the same for an external database. */
export function appRoleGrantsSql(role: string): string[] {
  const app = pg.escapeIdentifier(role);
  return [
    `GRANT USAGE ON SCHEMA public TO ${app}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app}`,
    `REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON "AuditEvent" FROM ${app}`,
    `REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "_prisma_migrations" FROM ${app}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${app}`,
  ];
}

/**
 * Gives the app role what it needs on every table, and only INSERT and SELECT
 * on the audit trail. Run as the owner after every migration run: a
 * migration that recreates a table would otherwise lose its grants.
 */
export async function grantAppPrivileges(ownerUrl: string, role: string): Promise<void> {
  await withClient(ownerUrl, async (client) => {
    await client.query("BEGIN");
    for (const statement of appRoleGrantsSql(role)) await client.query(statement);
    await client.query("COMMIT");
  });
}

export type TAppRoleCheck =
  | { ok: true }
  | { ok: false; kind: "same-as-owner"; role: string }
  | { ok: false; kind: "can-rewrite-audit"; role: string; privileges: string[] };

/** What the app's own connection may do to the audit trail (has_table_privilege also answers for superusers and owners). */
export async function checkAppRole(appUrl: string): Promise<TAppRoleCheck> {
  return withClient(appUrl, async (client) => {
    const result = await client.query<{ role: string; owner: string; superuser: boolean; update: boolean; delete: boolean; truncate: boolean }>(
      `SELECT current_user AS "role", pg_get_userbyid(c.relowner) AS "owner", r.rolsuper AS "superuser",
        has_table_privilege(c.oid, 'UPDATE') AS "update", has_table_privilege(c.oid, 'DELETE') AS "delete", has_table_privilege(c.oid, 'TRUNCATE') AS "truncate"
      FROM pg_class c JOIN pg_roles r ON r.rolname = current_user
      WHERE c.oid = to_regclass('public."AuditEvent"')`,
    );
    const row = result.rows[0];
    if (!row) throw new Error('The table "AuditEvent" does not exist: run the migrations first.');
    if (row.role === row.owner || row.superuser) return { ok: false, kind: "same-as-owner", role: row.role };
    const privileges = (["update", "delete", "truncate"] as const).filter((privilege) => row[privilege]).map((privilege) => privilege.toUpperCase());
    return privileges.length ? { ok: false, kind: "can-rewrite-audit", role: row.role, privileges } : { ok: true };
  });
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
